/**
@fileoverview Indicator scores or weights that do not add up to the table's stated totals.
*/
import {defineRule} from './rule.js';
import {span} from './shared/facts.js';
import {round2, scoresDiffer} from './shared/scores.js';

export default defineRule({
	meta: {
		id: 'score-total-mismatch',
		severity: 'error',
		docs:
			'In a self-evaluation table with a 总分/合计 row, the scores of the execution row and of every ' +
			'indicator must add up to the stated total score, and their weights to the stated total weight ' +
			'(100 when the total row states none but every row has a weight). Differences below 0.05 points ' +
			'are rounding.',
		messages: {scores: {}, weights: {}},
	},
	check({analysis, report}) {
		for (const table of analysis.tables) {
			if (!table.total) continue;
			const rows = [...table.funding.filter((row) => row.weight !== null || row.score !== null), ...table.indicators];
			if (rows.length === 0) continue;
			const evidence = [span(table.total.row.cells.find((cell) => cell.text.length > 0)!)];
			const scores = rows.map((row) => row.score);
			if (table.total.score !== null && scores.every((score) => score !== null)) {
				const sum = round2(scores.reduce((all, score) => all! + score!, 0)!);
				if (scoresDiffer(sum, table.total.score))
					report({
						messageId: 'scores',
						data: {sum, total: table.total.score},
						evidence,
						expected: sum,
						actual: table.total.score,
					});
			}
			const weights = rows.map((row) => row.weight);
			if (weights.every((weight) => weight !== null)) {
				const sum = round2(weights.reduce((all, weight) => all! + weight!, 0)!);
				const total = table.total.weight ?? 100;
				if (scoresDiffer(sum, total))
					report({messageId: 'weights', data: {sum, total}, evidence, expected: total, actual: sum});
			}
		}
	},
});
