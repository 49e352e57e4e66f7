import rule from '../../src/rules/year-mismatch.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{
			name: "the next year in a notice's title",
			text: reportText('根据《关于开展2024年市级财政资金绩效自评工作的通知》要求，我局开展了自评。'),
		},
		{
			name: 'the next year in a notice named without brackets',
			text: reportText('按照关于开展2024年度预算绩效自评工作的通知要求，现将有关情况报告如下。'),
		},
		{name: 'a comparison with the prior year', text: reportText('对照2022年预算执行情况，今年支出有所增加。')},
		{
			name: 'years in fund names',
			text: reportText(
				'5、2021 开发区建设专项资金（稳外资奖励）完成情况：\n6、2022年省第一批商贸流通发展专项资金项目完成情况：',
			),
		},
		{
			name: 'a prior-year comparison of income',
			text: reportText('本部门2023年度收入总计2029.67万元。与2022年度决算相比，收入增加1817.89万元。'),
		},
		{
			name: "years in a plan's title and a future application",
			text: reportText(
				'印发《石家庄市经济开发区三年提升工作方案(2025-2027年)》。协助企业申报2024年校企合作项目资金支持。',
			),
		},
		{
			name: 'the fiscal year itself',
			text: reportText('通过目标计划梳理等方式对我单位2023年度预算资金使用情况进行检查。'),
		},
		{name: "next year's budget preparation", text: reportText('同时组织开展2024年预算编制和绩效目标申报工作。')},
	],
	invalid: [
		{
			name: 'a 2022 evaluation in a 2023 report',
			text: reportText('对某局（以下简称“我局”）2022年整体支出情况实施了财政支出绩效自评价。'),
			errors: [{messageId: 'mismatch', at: [2, 1], expected: 2023, actual: 2022}],
		},
		{
			name: '报告如下 about 2022',
			text: reportText('现将我会2022年度部门整体支出绩效自评情况报告如下：'),
			errors: [{messageId: 'mismatch', at: [2, 1], expected: 2023, actual: 2022}],
		},
		{
			name: 'a 2022 budget checked',
			text: reportText('通过目标计划梳理等方式对我单位2022年度预算资金使用情况进行检查。'),
			errors: [{messageId: 'mismatch', at: [2, 12], expected: 2023, actual: 2022}],
		},
		{
			name: 'a 2022 self-evaluation organised',
			text: reportText('于2024年3月30日前，组织开展2022年预算绩效评价自评工作。'),
			errors: [{messageId: 'mismatch', at: [2, 14], expected: 2023, actual: 2022}],
		},
		{
			name: 'a 2021 evaluation',
			text: reportText('我局对本部门2021年度整体支出情况实施了绩效自评价。'),
			errors: [{messageId: 'mismatch', at: [2, 3], expected: 2023, actual: 2021}],
		},
	],
});
