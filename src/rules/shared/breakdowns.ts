/**
Stated breakdowns of figures the concept lexicon does not name: "总投资X万元，其中A a万元、B b万元",
"合计X人，包括…和…". The total must say it is a total (总/合计/共), the parts follow 其中/包括/分别为
in the same sentence with the same unit, and none of them is a threshold (10亿元以上).
*/
import type {FactRecord} from '../../extract/facts.js';

export type Breakdown = {total: FactRecord; parts: FactRecord[]};

const MARKER = /其中|包括|分别为|分别是/u;
const TOTAL_LABEL = /总额|合计|总计|共计|总|共/u;
const SUMMABLE: Array<FactRecord['kind']> = ['amount', 'headcount', 'count', 'quantity'];

export function findBreakdowns(text: string, facts: FactRecord[]): Breakdown[] {
	const breakdowns: Breakdown[] = [];
	const candidates = facts.filter((fact) => SUMMABLE.includes(fact.kind) && fact.concept === null);
	candidates.forEach((total, index) => {
		if (total.qualifier || !TOTAL_LABEL.test(total.label ?? '')) return;
		const next = candidates[index + 1];
		if (!next || next.sentence[0] !== total.sentence[0] || !MARKER.test(text.slice(total.end, next.start))) return;
		const parts: FactRecord[] = [];
		for (const part of candidates.slice(index + 1)) {
			if (part.sentence[0] !== total.sentence[0] || part.unit !== total.unit || part.qualifier || TOTAL_LABEL.test(part.label ?? '')) break;
			parts.push(part);
		}
		if (parts.length >= 2) breakdowns.push({total, parts});
	});
	return breakdowns;
}
