/**
@fileoverview Parts that do not add up to their stated total.
*/
import type {FactRecord} from '../extract/facts.js';
import {defineRule} from './rule.js';
import {findBreakdowns} from './shared/breakdowns.js';
import {judgeSum, show} from './shared/decimal.js';
import {factKey, firstByKey, span, stageEntityPairs} from './shared/facts.js';

/** Contract §3 calculation relationships (same stage and entity). */
const RELATIONSHIPS: Array<{total: string; parts: string[]}> = [
	{total: 'expenditure.total', parts: ['expenditure.basic', 'expenditure.project']},
	{total: 'expenditure.basic', parts: ['expenditure.personnel', 'expenditure.publicOperating']},
];

export default defineRule({
	meta: {
		id: 'sum-mismatch',
		severity: 'error',
		description: 'Parts do not add up to their stated total.',
		docs: 'Checks the contract relationships (支出 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费, per stage and entity), every stated breakdown of a total ("总投资X，其中A a、B b") and a table\'s 年度资金总额 row against its 其中 rows. Arithmetic is decimal-exact; a difference within the summed half-units of the written decimals is rounding (info), beyond it an error. Gross asset values (固定资产原值 above 资产总额) are not a breakdown.',
		messages: {
			mismatch: '{{parts}} add up to {{sum}}, but the stated total is {{total}}',
			rounding: {text: '{{parts}} add up to {{sum}}, stated total {{total}} differs by rounding only', severity: 'info'},
		},
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
				if (total && parts.every((part) => part !== undefined)) judge(total, parts as FactRecord[]);
			}
		}
		for (const {total, parts} of findBreakdowns(analysis.doc.text, facts)) judge(total, parts);
		// A table's 年度资金总额 row against its 其中 rows, column by column.
		for (const table of analysis.tables) {
			const totalRow = table.funding.find((row) => /总额|合计/u.test(row.label.text));
			const components = table.funding.filter((row) => row !== totalRow);
			for (const column of ['initial', 'adjusted', 'executed'] as const) {
				const total = totalRow?.[column];
				const parts = components.map((row) => row[column]).filter((fact) => fact !== null);
				if (total && parts.length >= 2) judge(total, parts);
			}
		}
	},
});
