/**
@fileoverview The self-evaluation is dated before the fiscal year it evaluates has ended.
*/
import {defineRule} from './rule.js';

export default defineRule({
	meta: {
		id: 'evaluation-before-period-end',
		severity: 'warning',
		docs: "The year's accounts cannot be closed before 12-31 of the fiscal year, so a self-evaluation carried out (its period end, or the date of the sentence that says when it was done) on or before that day cannot have evaluated the whole year: usually a wrong year, or a report copied from another year.",
		messages: {early: {}},
	},
	check({analysis, report}) {
		const {evaluation, meta} = analysis;
		if (meta.fiscalYear === null || evaluation.date === null || evaluation.dateStart === null) return;
		if (evaluation.date > `${meta.fiscalYear}-12-31`) return;
		report({
			messageId: 'early',
			data: {date: evaluation.dateText ?? evaluation.date, year: meta.fiscalYear},
			evidence: [
				{start: evaluation.dateStart, end: evaluation.dateStart + (evaluation.dateText ?? evaluation.date).length},
			],
			expected: `after ${meta.fiscalYear}-12-31`,
			actual: evaluation.date,
		});
	},
});
