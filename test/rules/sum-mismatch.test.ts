import rule from '../../src/rules/sum-mismatch.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';
import {selfEvaluationTable} from '../helpers/self-evaluation-table.js';

ruleTester.run(rule, {
	valid: [
		reportText('项目支出合计120万元，其中委员活动经费36.3万元、信息网络运行经费5万元等。'),
		reportText(
			'收入总计3,215.64万元、支出总计3,215.64万元。本年支出合计3,098.37万元，其中基本支出1,206.52万元、项目支出1,891.85万元。',
		),
		reportText(
			'2022年度项目支出绩效自评表\n| 项目名称 | 甲项目 | | |\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n| 年度资金总额 | 60 | 60 | 57.6 |\n| 其中：本年财政拨款 | 60 | 60 | 57.6 |\n| 上年结转资金 | | | |',
		),
		reportText('2023年支出合计1,929.81万元，其中基本支出1106.36万元，项目支出823.45万元。'),
		reportText(
			'年初支出预算2,009.81万元，其中：基本支出1163.89万元（包括人员经费1044.87万元和日常公用经费119.02万元）、项目支出845.92万元。',
		),
		reportText('我局共有资产121.90万元，其中货币资金0.20万元，固定资产原值211.51万元，无形资产原值56.59万元。'),
		reportText('2023年，全区共签约项目139个，总投资318亿元；其中投资额10亿元以上重点项目9个，总投资183.3亿元。'),
		selfEvaluationTable(),
	],
	invalid: [
		{
			text: reportText('2023年度支出总计1,238.72万元，其中基本支出826.45万元，项目支出402.27万元。'),
			errors: [{messageId: 'mismatch'}],
		},
		{
			text: reportText(
				'2022年度项目支出绩效自评表\n| 项目名称 | 甲项目 | | |\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n| 年度资金总额 | 0 | 0 | 0 |\n| 其中：本年财政拨款 | 90 | 89.974 | 89.974 |\n| 上年结转资金 | | | |\n| 其他资金 | | | |',
			),
			errors: [{messageId: 'mismatch'}],
		},
		{
			text: reportText('2023年支出合计1,929.81万元，其中基本支出1106.36万元，项目支出823.46万元。'),
			errors: [{messageId: 'rounding', severity: 'info'}],
		},
		{
			text: reportText('2023年支出合计2,029.67万元，其中基本支出1106.36万元，项目支出823.46万元。'),
			errors: [{messageId: 'mismatch', severity: 'error'}],
		},
		{
			text: reportText(
				'年初支出预算2,009.81万元，其中：基本支出1163.89万元（包括人员经费1044.87万元和日常公用经费109.02万元）、项目支出845.92万元。',
			),
			errors: [{messageId: 'mismatch'}],
		},
		{
			text: reportText('全年项目资金总额120万元，其中：设备购置费50万元、培训费30万元、宣传费30万元。'),
			errors: [{messageId: 'mismatch'}],
		},
		{
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '110', '92.87', '10', '92.87%', '9.29']}),
			errors: [{messageId: 'mismatch'}],
		},
	],
});
