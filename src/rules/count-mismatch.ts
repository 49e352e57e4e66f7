/**
@fileoverview A stated count that differs from the number of items enumerated.
*/
import type {FactRecord} from '../extract/facts.js';
import {flattenSections, type SectionNode} from '../segment/section-tree.js';
import {defineRule, type RuleContext} from './rule.js';
import {span} from './shared/facts.js';

/** "直属事业单位3个，即A、B、C" / "…分别为A、B": the list names every item. */
const EXHAUSTIVE_AFTER = /^[\u4e00-\u9fff]{0,8}[,:]?(?:即|分别为|分别是|为|:)\s?([^。;]+)/u;
/** "A、B、C等9个内设机构": the list before 等 may be shorter than the count (等 = etc.), never longer. */
const LIST_BEFORE = /(?:[::]|设置|包括|有)([^。;:]+?)等$/u;
/** "对以上9个项目进行综合评价" refers back to the project headings before it. */
const BACK_REFERENCE = /以上$/u;
const PROJECT_TITLE = /完成情况|项目|资金|经费|费$/u;

function itemsOf(list: string): string[] {
	return list
		.split(/[、]/u)
		.map((item) => item.trim())
		.filter((item) => item.length > 0);
}

/** The sibling headings that ended last before an offset (at least two of them). */
function lastHeadingList(siblingLists: SectionNode[][], offset: number): SectionNode[] | null {
	let best: SectionNode[] | null = null;
	for (const siblings of siblingLists) {
		const list = siblings.filter((child) => child.end <= offset);
		if (list.length < 2 || list.length !== siblings.length) continue;
		if (!best || list.at(-1)!.end > best.at(-1)!.end) best = list;
	}
	return best;
}

export default defineRule({
	meta: {
		id: 'count-mismatch',
		severity: 'error',
		docs:
			'A count followed by an exhaustive list ("直属事业单位3个，即A、B、C") must match the items listed; a list ' +
			'closed by 等 before a count ("A、B等5家") may be shorter (等 = etc.) but never longer; "以上N个项目" ' +
			'must match the project headings that precede it.',
		messages: {list: {}, headings: {}},
	},
	check({analysis, report}) {
		const {text} = analysis.doc;
		// Every sibling list of the tree, built on first need and once: per count it made long documents quadratic.
		let siblingLists: SectionNode[][] | undefined;
		for (const fact of analysis.facts) {
			if (fact.kind !== 'count' || fact.qualifier || !Number.isInteger(fact.value)) continue;
			checkList(text, fact, report);
			const before = text.slice(fact.sentence[0], fact.start);
			if (!BACK_REFERENCE.test(before) || !/项目/u.test(text.slice(fact.end, fact.end + 3))) continue;
			siblingLists ??= [analysis.sections, ...flattenSections(analysis.sections).map((node) => node.children)];
			const headings = lastHeadingList(siblingLists, fact.start);
			if (!headings || headings.filter((node) => PROJECT_TITLE.test(node.title)).length * 2 < headings.length) continue;
			if (headings.length === fact.value) continue;
			report({
				messageId: 'headings',
				data: {count: `${fact.exact}${fact.unit}`, items: headings.length},
				evidence: [span(fact), ...headings.map((node) => ({start: node.start, end: node.titleEnd}))],
				expected: headings.length,
				actual: fact.value,
			});
		}
	},
});

function checkList(text: string, fact: FactRecord, report: RuleContext['report']): void {
	const after = EXHAUSTIVE_AFTER.exec(text.slice(fact.end, fact.sentence[1]));
	const before = LIST_BEFORE.exec(text.slice(fact.sentence[0], fact.start));
	const exhaustive = after ? itemsOf(after[1]!) : null;
	const partial = before ? itemsOf(before[1]!) : null;
	// "A、B和C": the last item may hold two joined by 和/及, or be one name (住房和城乡建设局); either count holds.
	const lastSplit = exhaustive ? exhaustive.length - 1 + exhaustive.at(-1)!.split(/和|及/u).length : 0;
	const flagged =
		exhaustive && exhaustive.length >= 2 && exhaustive.length !== fact.value && lastSplit !== fact.value
			? exhaustive
			: partial && partial.length > fact.value
				? partial
				: null;
	if (!flagged) return;
	report({
		messageId: 'list',
		data: {count: `${fact.exact}${fact.unit}`, items: flagged.length, list: flagged.join('、')},
		evidence: [{start: fact.start, end: fact.end}],
		expected: flagged.length,
		actual: fact.value,
	});
}
