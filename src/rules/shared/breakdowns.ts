/**
Stated breakdowns into parts the concept lexicon does not name: "总投资X万元，其中A a万元、B b万元",
"全局在职人员合计263人，其中局本级93人、机关服务中心142人…". The total must say it is a total
(总/合计/共, in its label or right before it), the parts follow 其中/包括/分别为 in the same sentence
with the same unit, and none of them is a threshold (10亿元以上).
*/
import type {FactRecord} from '../../extract/facts.js';

export type Breakdown = {total: FactRecord; parts: FactRecord[]};

const MARKER = /其中|包括|分别为|分别是/u;
const TOTAL_LABEL = /总额|合计|总计|共计|总|共/u;
/** A part that is itself a total ends the parts; a single 共 or 总 inside a name (公共机构, 总工会) does not. */
const TOTAL_PART = /总额|合计|总计|共计/u;
const SUMMABLE: Array<FactRecord['kind']> = ['amount', 'headcount', 'count', 'quantity'];
const isSummable = (fact: FactRecord) => SUMMABLE.includes(fact.kind);

export function findBreakdowns(text: string, facts: FactRecord[]): Breakdown[] {
	const breakdowns: Breakdown[] = [];
	const summable = facts.filter(isSummable);
	// A loop, not a callback per call: see src/text/by-start.ts.
	for (const [index, total] of summable.entries()) {
		// The total says it is one (合计, 共, 总…) in its label or in the words right before it.
		const words = `${total.label ?? ''}${text.slice(Math.max(total.sentence[0], total.start - 12), total.start)}`;
		if (total.qualifier || !TOTAL_LABEL.test(words)) continue;
		const next = summable[index + 1];
		if (!next || next.sentence[0] !== total.sentence[0] || !MARKER.test(text.slice(total.end, next.start))) continue;
		// Parts the lexicon did not name (局本级93人, A经费12万元); named parts are the concept rules' business.
		const parts: FactRecord[] = [];
		for (const part of summable.slice(index + 1)) {
			if (
				part.sentence[0] !== total.sentence[0] ||
				part.concept !== null ||
				part.unit !== total.unit ||
				part.qualifier ||
				TOTAL_PART.test(part.label ?? '')
			)
				break;
			parts.push(part);
		}
		// "…、C 10万元等": a list closed by 等 names the main parts only.
		const partial = parts.length > 0 && /^[^,;。]{0,4}等/u.test(text.slice(parts.at(-1)!.end, parts.at(-1)!.end + 6));
		if (parts.length >= 2 && !partial) breakdowns.push({total, parts});
	}
	return breakdowns;
}
