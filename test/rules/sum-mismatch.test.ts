import rule from '../../src/rules/sum-mismatch.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';
import {selfEvaluationTable} from '../helpers/self-evaluation-table.js';

ruleTester.run(rule, {
	valid: [
		{
			name: '等 leaves the list open',
			text: reportText('项目支出合计120万元，其中委员活动经费36.3万元、信息网络运行经费5万元等。'),
		},
		{
			name: 'basic and project add up to the total',
			text: reportText(
				'收入总计3,215.64万元、支出总计3,215.64万元。本年支出合计3,098.37万元，其中基本支出1,206.52万元、项目支出1,891.85万元。',
			),
		},
		{
			name: 'a project fund table whose parts add up',
			text: reportText(
				'2022年度项目支出绩效自评表\n| 项目名称 | 甲项目 | | |\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n| 年度资金总额 | 60 | 60 | 57.6 |\n| 其中：本年财政拨款 | 60 | 60 | 57.6 |\n| 上年结转资金 | | | |',
			),
		},
		{
			name: 'parts exact to the cent',
			text: reportText('2023年支出合计1,929.81万元，其中基本支出1106.36万元，项目支出823.45万元。'),
		},
		{
			name: 'a nested breakdown that adds up',
			text: reportText(
				'年初支出预算2,009.81万元，其中：基本支出1163.89万元（包括人员经费1044.87万元和日常公用经费119.02万元）、项目支出845.92万元。',
			),
		},
		{
			name: 'assets at gross value are not parts of the net total',
			text: reportText('我局共有资产121.90万元，其中货币资金0.20万元，固定资产原值211.51万元，无形资产原值56.59万元。'),
		},
		{
			name: 'a subset of projects is not a breakdown',
			text: reportText(
				'2023年，全区共签约项目139个，总投资318亿元；其中投资额10亿元以上重点项目9个，总投资183.3亿元。',
			),
		},
		{name: 'the template table', text: selfEvaluationTable()},
	],
	invalid: [
		{
			name: 'basic and project short of the total by 10',
			text: reportText('2023年度支出总计1,238.72万元，其中基本支出826.45万元，项目支出402.27万元。'),
			errors: [{messageId: 'mismatch', at: [2, 11], expected: 1228.72, actual: 1238.72}],
		},
		{
			name: 'a project fund total of 0 over a fiscal part of 90',
			text: reportText(
				'2022年度项目支出绩效自评表\n| 项目名称 | 甲项目 | | |\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n| 年度资金总额 | 0 | 0 | 0 |\n| 其中：本年财政拨款 | 90 | 89.974 | 89.974 |\n| 上年结转资金 | | | |\n| 其他资金 | | | |',
			),
			errors: [{messageId: 'mismatch', at: [5, 12], expected: 90, actual: 0}],
		},
		{
			name: 'a cent off: rounding',
			text: reportText('2023年支出合计1,929.81万元，其中基本支出1106.36万元，项目支出823.46万元。'),
			errors: [{messageId: 'rounding', severity: 'info', at: [2, 10], expected: 1929.82, actual: 1929.81}],
		},
		{
			name: 'the total 100 off its parts',
			text: reportText('2023年支出合计2,029.67万元，其中基本支出1106.36万元，项目支出823.46万元。'),
			errors: [{messageId: 'mismatch', severity: 'error', at: [2, 10], expected: 1929.82, actual: 2029.67}],
		},
		{
			name: 'personnel and operating short of basic',
			text: reportText(
				'年初支出预算2,009.81万元，其中：基本支出1163.89万元（包括人员经费1044.87万元和日常公用经费109.02万元）、项目支出845.92万元。',
			),
			errors: [{messageId: 'mismatch', at: [2, 25], expected: 1153.89, actual: 1163.89}],
		},
		{
			name: 'listed fund items short of the total',
			text: reportText('全年项目资金总额120万元，其中：设备购置费50万元、培训费30万元、宣传费30万元。'),
			errors: [{messageId: 'mismatch', at: [2, 9], expected: 110, actual: 120}],
		},
		{
			name: 'the execution table total off its budget',
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '110', '92.87', '10', '92.87%', '9.29']}),
			errors: [{messageId: 'mismatch', at: [5, 18], expected: 100, actual: 110}],
		},
	],
});
