import rule from '../../src/rules/score-grade-mismatch.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{
			name: '62 is 差 on the stated four-band scale',
			text: reportText(
				'自评结果分为四个等级：90分(含)以上为优，80分(含)至90分为良，70分(含)至80分为中，70分以下为差。本项目自评得分62分，评价等级为“差”。',
			),
		},
		{
			name: '85 is B on a stated A–D scale',
			text: reportText('90分以上(含90分)为A，80-89分为B，60-79分为C，60分以下为D。自评得分85分，评价等级为B级。'),
		},
		{
			name: '98.85 is 优秀 on the default scale',
			text: reportText('我部门整体支出绩效评价综合得分为98.85分，等级为“优秀”。'),
		},
		{
			name: 'scores above 98 are 优秀',
			text: reportText('根据各项工作履职情况进行综合评价，评价结果均在98分以上，等级为优秀。'),
		},
		{
			name: '76 is 良 on a stated scale with other cut-offs',
			text: reportText(
				'评价等级划分：90分(含)以上为优，75分(含)至90分为良，60分(含)至75分为中，60分以下为差。本次自评得分为76分，评价等级为良。',
			),
		},
		{name: '85 is 良 on the default scale', text: reportText('自评得分85分，等级为良。')},
	],
	invalid: [
		{
			name: '76 called 良 on a scale where it is 中',
			text: reportText(
				'本次自评按百分制计分：90分(含)以上为优，80分(含)至90分为良，70分(含)至80分为中，70分以下为差。自评得分76分，评价等级为良。',
			),
			errors: [{messageId: 'mismatch', at: [2, 61], expected: '中', actual: '良'}],
		},
		{
			name: '85 called A: expected B, in the letters the report grades in',
			text: reportText('自评得分85分，评价等级为A。'),
			errors: [{messageId: 'mismatchUsualBands', at: [2, 5], expected: 'B', actual: 'A'}],
		},
		{
			name: '85 called 优秀: expected 良好, in the two-character words the report grades in',
			text: reportText('我部门整体支出绩效评价综合得分为85分，等级为“优秀”。'),
			errors: [{messageId: 'mismatchUsualBands', at: [2, 17], expected: '良好', actual: '优秀'}],
		},
		{
			name: '65 called 中 where it is 差',
			text: reportText(
				'评价等级划分：90分(含)以上为优，80分(含)至90分为良，70分(含)至80分为中，70分以下为差。本次自评得分为65分，评价等级为中。',
			),
			errors: [{messageId: 'mismatch', at: [2, 60], expected: '差', actual: '中'}],
		},
		{
			name: '59 called 合格: expected 不合格, from the 优秀/良好/合格/不合格 scale',
			text: reportText('综合评分为59分，评价结果为合格。'),
			errors: [{messageId: 'mismatchUsualBands', at: [2, 6], expected: '不合格', actual: '合格'}],
		},
		{
			name: '79.5 called 良好 under stated 优秀/良好/合格/不合格 bands: expected 合格',
			text: reportText(
				'评价结果分为四档：90分(含)以上为优秀，80分(含)至90分为良好，60分(含)至80分为合格，60分以下为不合格。本次自评得分79.5分，评价等级为良好。',
			),
			errors: [{messageId: 'mismatch', at: [2, 66], expected: '合格', actual: '良好'}],
		},
		{
			name: '79.5 called 良 under stated 优/良/中/差 bands: expected 中',
			text: reportText(
				'评价结果分为四档：90分(含)以上为优，80分(含)至90分为良，60分(含)至80分为中，60分以下为差。本次自评得分79.5分，评价等级为良。',
			),
			errors: [{messageId: 'mismatch', at: [2, 61], expected: '中', actual: '良'}],
		},
		{
			name: '72 called 良好 where the report elsewhere grades in 中等 and 差: expected 中等',
			text: reportText(
				'本单位自评得分72分，评价等级为良好。按照管理办法，评价等次为“中等”或“差”的项目，次年预算适当压减。',
			),
			errors: [{messageId: 'mismatchUsualBands', at: [2, 8], expected: '中等', actual: '良好'}],
		},
	],
});
