import rule from '../../src/rules/evaluation-before-period-end.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{
			name: 'evaluated in April of the next year',
			text: reportText('2024年4月6日至4月24日期间，我局按照自评工作安排，成立了绩效评价小组。'),
		},
		{
			name: 'a year-end status date and an evaluation in March of the next year',
			text: reportText('截至2023年12月31日，我局年末实有人数21人。于2024年3月10日组织开展2023年预算绩效评价自评工作。'),
		},
		{
			name: 'a date about when the department was founded',
			text: reportText('鹿泉区投资促进局自2022年6月新成立，截止到2022年末，履职期仅为半年。'),
		},
	],
	invalid: [
		{
			name: 'evaluated by 30 September of the year itself',
			text: reportText('于2023年9月30前，组织开展2023年预算绩效评价自评工作。'),
			errors: [{messageId: 'early', at: [2, 2], expected: 'after 2023-12-31', actual: '2023-09-30'}],
		},
		{
			name: 'an evaluation period ending in November',
			text: reportText('2023年11月1日至11月20日期间，我局按照自评工作安排，成立了绩效评价小组。'),
			errors: [{messageId: 'early', at: [2, 12], expected: 'after 2023-12-31', actual: '2023-11-20'}],
		},
		{
			name: 'finished on the last day of the year',
			text: reportText('本次绩效自评于2023年12月31日完成。'),
			errors: [{messageId: 'early', at: [2, 8], expected: 'after 2023-12-31', actual: '2023-12-31'}],
		},
	],
});
