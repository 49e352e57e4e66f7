import rule from '../../src/rules/invalid-date.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		reportText('截至2025年12月31日，我局年末实有人数57人。'),
		reportText('2024年2月29日至3月15日期间开展自评。'),
		reportText('于2023年9月30前，组织开展自评工作。'),
	],
	invalid: [
		{text: reportText('2023年2月30日至3月15日期间开展自评。'), errors: [{messageId: 'impossible'}]},
		{text: reportText('截至2025年11月31日，我局年末实有人数57人。'), errors: [{messageId: 'impossible'}]},
		{text: reportText('项目于2021112月完成验收。'), errors: [{messageId: 'malformed'}]},
	],
});
