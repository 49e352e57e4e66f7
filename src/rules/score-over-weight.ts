/**
@fileoverview An indicator scored above its weight.
*/
import {defineRule} from './rule.js';
import {span} from './shared/facts.js';
import {SCORE_TOLERANCE} from './shared/scores.js';

export default defineRule({
	meta: {
		id: 'score-over-weight',
		severity: 'error',
		docs:
			'No row of a self-evaluation table may score more than its 分值 or 权重: the score of an ' +
			'over-achieved indicator is capped at its weight. Differences below 0.05 points are rounding.',
		messages: {over: {}},
	},
	check({analysis, report}) {
		for (const indicator of analysis.indicators) {
			if (
				indicator.weight === null ||
				indicator.score === null ||
				indicator.score <= indicator.weight + SCORE_TOLERANCE
			)
				continue;
			report({
				messageId: 'over',
				data: {name: indicator.name, score: indicator.score, weight: indicator.weight},
				evidence: [{start: indicator.start, end: indicator.start + indicator.name.length}],
				expected: indicator.weight,
				actual: indicator.score,
			});
		}
		for (const table of analysis.tables) {
			for (const row of table.funding) {
				if (row.weight === null || row.score === null || row.score <= row.weight + SCORE_TOLERANCE) continue;
				report({
					messageId: 'over',
					data: {name: row.label.text, score: row.score, weight: row.weight},
					evidence: [span(row.label)],
					expected: row.weight,
					actual: row.score,
				});
			}
		}
	},
});
