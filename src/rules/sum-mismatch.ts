/**
@fileoverview Parts that do not add up to their stated total.
*/
import type {ConceptId} from '../lexicon/concepts.js';
import type {FactRecord} from '../extract/facts.js';
import {defineRule} from './rule.js';
import {findBreakdowns} from './shared/breakdowns.js';
import {judgeSum, show} from './shared/decimal.js';
import {factKey, firstByKey, isGrandTotal, span, stageEntityPairs} from './shared/facts.js';

/** Contract §3 calculation relationships (same stage and entity). */
const RELATIONSHIPS: Array<{total: ConceptId; parts: ConceptId[]}> = [
	{total: 'expenditure.total', parts: ['expenditure.basic', 'expenditure.project']},
	{total: 'expenditure.basic', parts: ['expenditure.personnel', 'expenditure.publicOperating']},
];

/** An empty component row of a funding table, read as the 0 the template means. */
function zeroAt(label: {start: number; end: number; text: string}): FactRecord {
	return {
		concept: null,
		stage: null,
		entity: null,
		kind: 'amount',
		value: 0,
		exact: '0',
		unit: '万元',
		decimals: 0,
		label: label.text,
		text: label.text,
		loc: {line: 1, column: 1, offset: label.start, page: null, section: []},
		start: label.start,
		end: label.end,
		paragraph: -1,
		sentence: [label.start, label.end],
		qualifier: null,
	};
}

export default defineRule({
	meta: {
		id: 'sum-mismatch',
		severity: 'error',
		docs:
			'Checks the contract relationships (支出 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费, per stage and entity),' +
			' every stated breakdown of a total ("总投资X，其中A a、B b") and a table\'s 年度资金总额 row against its 其中 ' +
			'rows. Arithmetic is decimal-exact; a difference within the summed half-units of the written ' +
			'decimals is rounding (info), beyond it an error. Gross asset values (固定资产原值 above 资产总额) are ' +
			'not a breakdown. A 支出总计 of a 决算 includes the year-end carry-over: it is compared with the ' +
			"parts plus 年末结转和结余 when that is stated, and not at all otherwise; the year's 本年支出合计 is " +
			'preferred where both are stated.',
		messages: {mismatch: {}, rounding: {severity: 'info'}},
	},
	check({analysis, report}) {
		const {facts} = analysis;
		const byKey = firstByKey(facts);
		const judge = (total: FactRecord, parts: FactRecord[]) => {
			const {verdict, sum} = judgeSum(total, parts);
			if (verdict === 'exact') return;
			const partsText = parts.map((part) => `${part.label ?? ''}${part.exact}`).join(' + ');
			report({
				messageId: verdict === 'rounding' ? 'rounding' : 'mismatch',
				data: {parts: partsText, sum: show(sum, 4), total: `${total.label ?? ''}${total.exact}`},
				evidence: [span(total), ...parts.map(span)],
				expected: Number(sum.toString()),
				actual: total.value,
			});
		};
		for (const {stage, entity} of stageEntityPairs(facts)) {
			if (stage === 'changeFromPriorYear') continue;
			for (const relationship of RELATIONSHIPS) {
				const total = byKey.get(factKey({concept: relationship.total, stage, entity}));
				const parts = relationship.parts.map((concept) => byKey.get(factKey({concept, stage, entity})));
				if (!total || !parts.every((part) => part !== undefined)) continue;
				// A 支出总计 includes the year-end carry-over: add it when stated; without it, say nothing —
				// unless the sentence itself breaks the total down ("支出总计X万元，其中基本支出…").
				const brokenDownHere = (parts as FactRecord[]).every(
					(part) => part.sentence[0] === total.sentence[0] && part.start > total.start,
				);
				if (isGrandTotal(total) && !brokenDownHere) {
					const ending =
						byKey.get(factKey({concept: 'carryoverEnding', stage, entity})) ??
						byKey.get(factKey({concept: 'carryoverEnding', stage: null, entity}));
					const withEnding = ending ? [...(parts as FactRecord[]), ending] : null;
					if (judgeSum(total, parts as FactRecord[]).verdict === 'exact' || !withEnding) continue;
					judge(total, withEnding);
					continue;
				}
				judge(total, parts as FactRecord[]);
			}
		}
		// A staff total broken down by unit is headcount-mismatch's to judge.
		for (const {total, parts} of findBreakdowns(analysis.doc.text, facts))
			if (!total.concept?.startsWith('staff.')) judge(total, parts);
		// A project table's 年度资金总额 row against its 其中 rows, column by column, reported once per table
		// with every column that disagrees. The template leaves a component's cells empty when it is zero:
		// an empty component row counts as 0 once another component has a figure.
		for (const table of analysis.tables) {
			const totalRow = table.funding.find((row) => row.concept === 'projectFunds.total');
			if (!totalRow) continue;
			const components = table.funding.filter((row) => row.concept?.startsWith('projectFunds.') && row !== totalRow);
			const empty = components.filter((row) => row.initial === null && row.adjusted === null && row.executed === null);
			const failing: Array<{total: FactRecord; parts: FactRecord[]; sum: ReturnType<typeof judgeSum>}> = [];
			for (const column of ['initial', 'adjusted', 'executed'] as const) {
				const total = totalRow[column];
				const stated = components.map((row) => row[column]).filter((fact) => fact !== null);
				const parts = [...stated, ...empty.map((row) => zeroAt(row.label))];
				if (!total || stated.length === 0 || parts.length < 2) continue;
				const verdict = judgeSum(total, parts);
				if (verdict.verdict !== 'exact') failing.push({total, parts, sum: verdict});
			}
			const worst = failing.find((entry) => entry.sum.verdict === 'mismatch') ?? failing[0];
			if (!worst) continue;
			report({
				messageId: worst.sum.verdict === 'rounding' ? 'rounding' : 'mismatch',
				data: {
					parts: worst.parts.map((part) => `${part.label ?? ''}${part.exact}`).join(' + '),
					sum: show(worst.sum.sum, 4),
					total: `${worst.total.label ?? ''}${worst.total.exact}`,
				},
				evidence: failing.flatMap((entry) => [
					span(entry.total),
					...entry.parts.filter((part) => part.paragraph !== -1).map(span),
				]),
				expected: Number(worst.sum.sum.toString()),
				actual: worst.total.value,
			});
		}
	},
});
