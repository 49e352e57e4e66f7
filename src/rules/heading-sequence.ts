/**
@fileoverview Numbering gaps or repeats in a heading level (（一） then （三）).
*/
import type {SectionNode} from '../segment/section-tree.js';
import {defineRule} from './rule.js';

function formatNumber(node: SectionNode, value: number): string {
	if (node.style === 'circled') return String.fromCodePoint(0x2460 + value - 1);
	const zh = '一二三四五六七八九十';
	const numeral = /\d/.test(node.number)
		? String(value)
		: value <= 10
			? zh[value - 1]!
			: value < 20
				? `十${zh[value - 11] ?? ''}`
				: String(value);
	return node.number.replace(/[\d一二三四五六七八九十]+/u, numeral);
}

export default defineRule({
	meta: {
		id: 'heading-sequence',
		severity: 'warning',
		docs:
			'Within each parent, the headings of one numbering style must count 1, 2, 3… without gaps or ' +
			'repeats, starting at 1. Levels come from the heading tree, which follows the order in which ' +
			'numbering styles appear; list items ((1) 产出指标情况：…), the entries of a table of contents (目录) ' +
			'and the labels of table rows are not headings and are not checked.',
		messages: {gap: {}, repeat: {}, start: {}},
	},
	check({analysis, report}) {
		const visit = (siblings: SectionNode[]) => {
			const lastByStyle = new Map<string, SectionNode>();
			const repeating = new Set<string>();
			for (const node of siblings) {
				visit(node.children);
				if (node.style === null || node.value === null) continue;
				const previous = lastByStyle.get(node.style);
				lastByStyle.set(node.style, node);
				const expectedValue = previous ? previous.value! + 1 : 1;
				if (node.value !== previous?.value) repeating.delete(node.style);
				if (node.value === expectedValue) continue;
				const messageId = !previous ? 'start' : node.value === previous.value ? 'repeat' : 'gap';
				// A run of headings with one number (（一）（一）（一）…) is one mistake, reported at its first repeat.
				if (messageId === 'repeat' && repeating.has(node.style)) continue;
				if (messageId === 'repeat') repeating.add(node.style);
				const expected = formatNumber(node, expectedValue);
				report({
					messageId,
					data: {actual: node.number, previous: previous?.number ?? '', expected},
					evidence: [
						{start: node.start, end: node.titleEnd},
						...(previous ? [{start: previous.start, end: previous.titleEnd}] : []),
					],
					expected,
					actual: node.number,
				});
			}
		};
		visit(analysis.sections);
	},
});
