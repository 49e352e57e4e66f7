/**
@fileoverview A self-evaluation table scores budget execution differently from its own rule.
*/
import {defineRule} from './rule.js';
import {span} from './shared/facts.js';
import {round2, scoresDiffer} from './shared/scores.js';

export default defineRule({
	meta: {
		id: 'execution-rate-score',
		severity: 'error',
		docs:
			'In the 项目资金 rows of a 绩效自评表, the execution score is min(执行率 × 分值, 分值). The rate is the stated ' +
			'执行率, or 全年执行数 / 全年预算数 when no rate is stated. A score that differs by 0.05 points or more is ' +
			'flagged: 92.87% of a 10-point item is 9.29, not 10.',
		messages: {mismatch: {}},
	},
	check({analysis, report}) {
		for (const table of analysis.tables) {
			for (const row of table.funding) {
				if (row.weight === null || row.score === null) continue;
				const rate =
					row.rate?.value ??
					(row.executed && row.adjusted && row.adjusted.value > 0
						? (row.executed.value / row.adjusted.value) * 100
						: null);
				if (rate === null) continue;
				const expected = Math.min((rate / 100) * row.weight, row.weight);
				if (!scoresDiffer(expected, row.score)) continue;
				const scoreCell = row.row.cells.findLast((cell) => cell.text.length > 0)!;
				report({
					messageId: 'mismatch',
					data: {rate: round2(rate), weight: row.weight, expected: round2(expected), score: row.score},
					evidence: [span(scoreCell), ...(row.rate ? [span(row.rate)] : []), span(row.label)],
					expected: round2(expected),
					actual: row.score,
				});
			}
		}
	},
});
