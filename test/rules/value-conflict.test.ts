import rule from '../../src/rules/value-conflict.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{
			name: 'different kinds of establishment are different figures',
			text: reportText('行政事业总编制为249个，其中行政编制13个、全额事业编制45个、差额事业编制191个。'),
		},
		{
			name: 'a total and a current-year total are different figures',
			text: reportText('收入总计3,215.64万元。\n二、收入\n本年收入合计3,102.48万元。'),
		},
		{
			name: "the same row in two projects' tables",
			text: reportText(
				'| 项目名称 | 甲项目 | | |\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n| 年度资金总额 | 60 | 60 | 57.6 |\n\n| 项目名称 | 乙项目 | | |\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n| 年度资金总额 | 45 | 48 | 48 |',
			),
		},
		{
			name: 'the same figure stated twice alike',
			text: reportText('2023年决算支出中项目支出46.25万元。\n三、分析\n决算中项目支出46.25万元，主要用于招商。'),
		},
		{
			name: 'initial and adjusted budgets differ legitimately',
			text: reportText('年初支出预算中项目支出50.00万元。年终支出预算调整为100.00万元，其中项目支出46.25万元。'),
		},
		{
			name: 'two fiscal years differ legitimately',
			text: reportText('2022年决算项目支出40.00万元。2023年决算项目支出46.25万元。'),
		},
	],
	invalid: [
		{
			name: '项目支出 46.25 and 46.00 in two chapters',
			text: reportText(
				'2020年度支出决算152.38万元，其中基本支出106.13万元，项目支出46.25万元。\n三、项目支出情况\n全年项目支出决算46.00万元，主要用于关爱服务。',
			),
			errors: [{messageId: 'conflict', at: [4, 9], expected: 46.25, actual: 46}],
		},
		{
			name: 'the final project spending stated as 46.25 and 46.00',
			text: reportText('2023年决算支出中项目支出46.25万元。\n三、分析\n决算中项目支出46.00万元，主要用于招商。'),
			errors: [{messageId: 'conflict', at: [4, 8], expected: 46.25, actual: 46}],
		},
		{
			name: '21 and 22 staff',
			text: reportText('2023年底本单位在职职工21人。\n二、人员\n本单位在职职工22人。'),
			errors: [{messageId: 'conflict', at: [4, 8], expected: 21, actual: 22}],
		},
		{
			name: 'assets 121.90 and 120.90',
			text: reportText('我局共有资产121.90万元。\n三、资产\n截至年底资产总额120.90万元。'),
			errors: [{messageId: 'conflict', at: [4, 9], expected: 121.9, actual: 120.9}],
		},
	],
});
