import rule from '../../src/rules/duplicated-word.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{name: 'a table row whose cells repeat a word', text: reportText('| 项目执行 | 执行规范 | 3 | 2 |')},
		{name: 'one 企业, no repetition', text: reportText('(3) 满意度指标：企业满意度达 99%，已达标。')},
		{
			name: 'reduplicated words of ordinary Chinese (常常, 人人, 一一, 看看)',
			text: reportText('我们常常深入企业，人人参与，对问题一一核对，看看还有哪些不足。'),
		},
		{name: 'a reduplicated verb (研究研究)', text: reportText('领导小组研究研究后决定开展自评工作。')},
		{
			name: 'classifier reduplication (一个一个, 一步一步)',
			text: reportText('对问题清单一个一个核对，一步一步整改到位。'),
		},
	],
	invalid: [
		{
			name: '企业企业',
			text: reportText('(3) 满意度指标：企业企业满意度达 99%，已达标。'),
			errors: [{messageId: 'repeated', at: [2, 11], expected: '企业', actual: '企业企业'}],
		},
		{
			name: '预算预算',
			text: reportText('进一步加强预算预算管理，提高资金使用效益。'),
			errors: [{messageId: 'repeated', at: [2, 6], expected: '预算', actual: '预算预算'}],
		},
		{
			name: 'a repeated word in the third sentence of a paragraph, and a doubled 的 in the fifth',
			text: reportText('我们常常深入企业。人人参与评价。加强绩效绩效管理，提高效益。紧紧围绕目标。完成的的任务。'),
			errors: [
				{messageId: 'repeated', at: [2, 19], expected: '绩效', actual: '绩效绩效'},
				{messageId: 'repeated', at: [2, 40], expected: '的', actual: '的的'},
			],
		},
		{
			name: 'a doubled particle 了了',
			text: reportText('完成了了年度绩效目标。'),
			errors: [{messageId: 'repeated', at: [2, 3], expected: '了', actual: '了了'}],
		},
	],
});
