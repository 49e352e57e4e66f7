import {describe, expect, it} from 'vitest';
import {factsOf, reportOf} from '../helpers/parse-text.js';

const indicator = (report: Awaited<ReturnType<typeof reportOf>>, name: string) =>
	report.indicators.find((found) => found.name === name);

describe('self-evaluation tables in their common column sets', () => {
	it('reads 指标名称 | 计量单位 | 年初指标值 | 全年完成值 | 得分系数 | 指标权重(分) | 指标得分(分)', async () => {
		const report = await reportOf(
			'2021年度部门整体支出绩效自评表\n指标名称\t计量单位\t年初指标值\t全年完成值\t得分系数\t指标权重(分)\t指标得分(分)\n政府采购执行率\t%\t100\t35.6\t0.36\t5\t5\n结转结余率\t%\t≤5\t3.15\t1\t5\t5\n',
		);
		expect(indicator(report, '政府采购执行率')).toMatchObject({
			target: {op: '=', value: 100, unit: '%'},
			actual: {value: 35.6},
			weight: 5,
			score: 5,
			met: false,
			direction: 'higher-is-better',
		});
		expect(indicator(report, '结转结余率')).toMatchObject({
			target: {op: '≤', value: 5},
			met: true,
			direction: 'lower-is-better',
		});
	});

	it('reads 指标性质 and 度量单位 standing in their own columns (Yunnan, Sichuan)', async () => {
		const report = await reportOf(
			'某中心2024年度部门整体支出绩效自评表\n一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\n产出指标\t时效指标\t办理时限\t≤\t5\t个工作日\t3\n\t质量指标\t平台可用率\t≥\t99.5\t%\t99.9\n',
		);
		expect(indicator(report, '办理时限')).toMatchObject({
			target: {op: '≤', value: 5, unit: '个工作日'},
			actual: {value: 3},
			met: true,
			direction: 'lower-is-better',
			level2: '时效指标',
		});
		expect(indicator(report, '平台可用率')).toMatchObject({
			level1: '产出指标',
			target: {op: '≥', value: 99.5},
			met: true,
		});
	});

	it('anchors indicator rows whose merged left cells vanished on their level cells', async () => {
		const text =
			'项目支出绩效自评表\n绩效指标  一级指标   二级指标   三级指标   年度指标值   实际完成值   分值   得分\n产出指标(50分)   数量指标   项目数量   ≥50个   50   8   8\n                 成本指标   项目总成本   ≤90万元   89.974   8   8\n';
		const report = await reportOf(text);
		expect(
			report.indicators.map((found) => [
				found.level1,
				found.level2,
				found.name,
				found.target?.text,
				found.weight,
				found.score,
			]),
		).toEqual([
			['产出指标(50分)', '数量指标', '项目数量', '≥50个', 8, 8],
			['产出指标(50分)', '成本指标', '项目总成本', '≤90万元', 8, 8],
		]);
	});

	it('reads a Guizhou-style funding table: 年初预算数(A) | 全年执行数(B) | 执行率(B/A) | 分值 | 得分', async () => {
		const report = await reportOf(
			'某中心2018年度项目支出绩效评价自评表\n资金项目 年初预算数(A) 全年执行数(B) 执行率(B/A) 分值 得分\n项目资金合计 120.00 97.80 81.50% 10 10\n',
		);
		expect(report.facts.filter((fact) => fact.concept).map((fact) => [fact.concept, fact.stage, fact.value])).toEqual([
			['projectFunds.total', 'initialBudget', 120],
			['projectFunds.total', 'final', 97.8],
		]);
	});

	it('keeps several project tables in one file apart', async () => {
		const table = (name: string, total: string) =>
			`| 项目名称 | ${name} | | |\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n| 年度资金总额 | ${total} | ${total} | ${total} |\n`;
		const report = await reportOf(`2022年度项目支出绩效自评表\n${table('甲项目', '60')}\n${table('乙项目', '45')}`);
		expect(
			report.facts
				.filter((fact) => fact.concept === 'projectFunds.total' && fact.stage === 'final')
				.map((fact) => fact.value),
		).toEqual([60, 45]);
		expect(report.findings.filter((finding) => finding.rule === 'value-conflict')).toEqual([]);
	});

	it('takes the table total as the score of a stand-alone table, and 自评总分(分) as written', async () => {
		expect(
			(
				await reportOf(
					'某镇2020年度部门整体支出绩效自评表\n| 一级指标 | 二级指标 | 三级指标 | 年初目标值（A） | 实际完成值（B） | 得分 |\n| 产出指标 | 数量指标 | 办结案件 | 168起 | 168起 | 100 |\n| 总分 | 100分 | | | | |\n',
				)
			).evaluation.score,
		).toBe(100);
		expect((await reportOf('2021年度部门整体支出绩效自评表\n自评总分(分)：88.5\n')).evaluation.score).toBe(88.5);
	});
});

describe('form tables as label → value pairs', () => {
	it('reads several pairs in one row, staff as headcounts', async () => {
		expect(await factsOf('某县2021年度部门整体支出绩效评价自评报告\n| 人员编制 | 52 | 实有人数 | 55 |\n')).toEqual([
			['staff.authorized.total', null, null, 52],
			['staff.actual.total', null, null, 55],
		]);
	});

	it('reads concept columns over a row of figures, and 其中 rows as parts', async () => {
		expect(
			await factsOf(
				'某局2018年度部门整体支出绩效评价自评报告\n年度支出情况(万元)\n机构名称\t支出合计\t基本支出\t其中:人员经费\t公用经费\t项目支出\n某局\t471.86\t312.45\t268.91\t43.54\t159.41\n',
			),
		).toEqual([
			['expenditure.total', 'final', null, 471.86],
			['expenditure.basic', null, null, 312.45],
			['expenditure.personnel', null, null, 268.91],
			['expenditure.publicOperating', null, null, 43.54],
			['expenditure.project', null, null, 159.41],
		]);
	});

	it('takes the unit from the caption (金额单位：元) and converts to 万元', async () => {
		const report = await reportOf(
			'某中心2021年度部门决算\n部门：某中心        金额单位：元\n本年收入合计    10,288,533.55    本年支出合计    10,088,533.55\n',
		);
		const income = report.facts.find((fact) => fact.concept === 'income.total')!;
		expect(income).toMatchObject({value: 10288533.55, unit: '元', valueWan: 1028.853355});
	});

	it('reads a department table by stage columns: 项目 | 年初预算数 | 调整后预算数 | 全年执行数', async () => {
		expect(
			await factsOf(
				'2021年度部门整体支出绩效自评表\n项目\t年初预算数\t调整后预算数\t全年执行数\n支出合计\t1,286.40\t1,352.18\t1,309.56\n',
			),
		).toEqual([
			['expenditure.total', 'initialBudget', null, 1286.4],
			['expenditure.total', 'adjustedBudget', null, 1352.18],
			['expenditure.total', 'final', null, 1309.56],
		]);
	});

	it('does not read a contact row or a “三公”经费 total as a department figure', async () => {
		expect(
			await factsOf(
				'某局2021年度部门整体支出绩效评价自评报告\n| 联系人 | 张某 | 联络电话 | 0730-7802036 |\n| “三公”经费支出合计 | 12.50 | | |\n',
			),
		).toEqual([]);
	});
});

describe('score sheets', () => {
	it('reads weights written inside the labels when there is no 分值 column', async () => {
		const report = await reportOf(
			'某局2017年度部门整体支出绩效评价得分表\n| 一级指标 | 二级指标 | 三级指标 | 得分 |\n| 部门决策(25分) | 预算编制(10分) | 测算依据(5分) | 6 |\n| 合计 | | | 6 |\n',
		);
		expect(report.report.kind).toBe('self-evaluation-table');
		expect(report.indicators.map((found) => [found.name, found.weight, found.score])).toEqual([
			['测算依据(5分)', 5, 6],
		]);
	});
});
