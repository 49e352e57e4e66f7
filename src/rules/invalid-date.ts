/**
@fileoverview A date that does not exist or is malformed.
*/
import {datesOf, isRealDate} from '../extract/dates.js';
import {defineRule} from './rule.js';

/** A year run into its month with no 年: "2021112月". */
const RUN_TOGETHER = /(?<!\d)((?:19|20)\d{2})(\d{1,3})月/gu;

export default defineRule({
	meta: {
		id: 'invalid-date',
		severity: 'error',
		docs:
			'Every written date with a month (and day) is checked against the calendar, leap years included;' +
			' a year run into its month without 年 ("2021112月") is malformed. A date without 日 ("2023年9月30前")' +
			' is read, not flagged.',
		messages: {impossible: {}, malformed: {}},
	},
	check({analysis, report}) {
		const {text} = analysis.doc;
		for (const date of datesOf(analysis.doc)) {
			if (date.kind !== 'date' || date.month === null) continue;
			const valid =
				date.month >= 1 && date.month <= 12 && (date.day === null || isRealDate(date.year, date.month, date.day));
			if (!valid)
				report({
					messageId: 'impossible',
					data: {text: date.written},
					evidence: [{start: date.start, end: date.end}],
					actual: date.written,
				});
		}
		for (const match of text.matchAll(RUN_TOGETHER)) {
			report({
				messageId: 'malformed',
				data: {text: match[0]},
				evidence: [{start: match.index, end: match.index + match[0].length}],
				actual: match[0],
			});
		}
	},
});
