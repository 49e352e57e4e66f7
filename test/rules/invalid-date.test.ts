import rule from '../../src/rules/invalid-date.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{name: '31 December is a real date', text: reportText('截至2025年12月31日，我局年末实有人数57人。')},
		{name: '29 February of a leap year', text: reportText('2024年2月29日至3月15日期间开展自评。')},
		{name: 'a date without 日 still reads', text: reportText('于2023年9月30前，组织开展自评工作。')},
	],
	invalid: [
		{
			name: '30 February',
			text: reportText('2023年2月30日至3月15日期间开展自评。'),
			errors: [{messageId: 'impossible', at: [2, 1], expected: null, actual: '2023年2月30日'}],
		},
		{
			name: '31 November',
			text: reportText('截至2025年11月31日，我局年末实有人数57人。'),
			errors: [{messageId: 'impossible', at: [2, 3], expected: null, actual: '2025年11月31日'}],
		},
		{
			name: 'a seven-digit year-month',
			text: reportText('项目于2021112月完成验收。'),
			errors: [{messageId: 'malformed', at: [2, 4], expected: null, actual: '2021112月'}],
		},
	],
});
