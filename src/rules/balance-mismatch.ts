/**
@fileoverview Income side and expenditure side (with carry-overs) differ.
*/
import type {ConceptId} from '../lexicon/concepts.js';
import {defineRule} from './rule.js';
import {judgeSum, negate, show} from './shared/decimal.js';
import {factKey, firstByKey, isGrandTotal, span, stageEntityPairs} from './shared/facts.js';

export default defineRule({
	meta: {
		id: 'balance-mismatch',
		severity: 'error',
		docs:
			'When a stage states all four of 收入总计, 年初结转和结余, 支出总计 and 年末结转和结余 (same entity), 收入 + 年初结转 must ' +
			'equal 支出 + 年末结转, within the rounding of the written decimals. A 总计 may already include the ' +
			'carry-overs (then 收入总计 = 支出总计): such a report is flagged only when neither reading balances.',
		messages: {mismatch: {}},
	},
	check({analysis, report}) {
		const byKey = firstByKey(analysis.facts);
		for (const {stage, entity} of stageEntityPairs(analysis.facts)) {
			const get = (concept: ConceptId) => byKey.get(factKey({concept, stage, entity}));
			const income = get('income.total');
			const beginning = get('income.carryoverBeginning');
			const expenditure = get('expenditure.total');
			const ending = get('carryoverEnding');
			if (!income || !beginning || !expenditure || !ending) continue;
			// 收入总计 and 支出总计 may already include the carry-overs; then they equal each other, and a
			// report is only inconsistent when neither reading balances.
			if ((isGrandTotal(income) || isGrandTotal(expenditure)) && judgeSum(income, [expenditure]).verdict !== 'mismatch')
				continue;
			// expenditure + ending − beginning is what income should be.
			const {verdict, sum} = judgeSum(income, [expenditure, ending, negate(beginning)]);
			if (verdict !== 'mismatch') continue;
			const left = judgeSum({exact: '0', decimals: 0}, [income, beginning]).sum;
			report({
				messageId: 'mismatch',
				data: {
					income: income.exact,
					beginning: beginning.exact,
					left: show(left, 4),
					expenditure: expenditure.exact,
					ending: ending.exact,
					right: show(sum.plus(beginning.exact), 4),
				},
				evidence: [span(income), span(beginning), span(expenditure), span(ending)],
				expected: Number(left.toString()),
				actual: Number(sum.plus(beginning.exact).toString()),
			});
		}
	},
});
