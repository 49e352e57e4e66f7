import {describe, expect, it} from 'vitest';
import {reportOf} from '../helpers/parse-text.js';

const metaOf = async (text: string) => (await reportOf(text)).report;

describe('report fields', () => {
	it('takes the department from 部门(单位)名称 when the title names only the city', async () => {
		expect(
			await metaOf(
				'岳阳市2018年度部门整体支出\n绩效评价自评报告\n部门(单位)名称:岳阳市城市管理监督指挥中心\n报告日期:2019年06月18日\n一、部门(单位)基本概况\n',
			),
		).toMatchObject({
			title: '岳阳市2018年度部门整体支出绩效评价自评报告',
			department: '岳阳市城市管理监督指挥中心',
			fiscalYear: 2018,
			kind: 'department-overall',
		});
	});

	it('reads 单位（盖章） with a date field on the same line', async () => {
		expect(
			(
				await metaOf(
					'2022年度项目支出绩效自评表\n单位（盖章）：池州市贵池区棠溪镇人民政府　　　　填报日期：2023年3月15日\n',
				)
			).department,
		).toBe('池州市贵池区棠溪镇人民政府');
	});

	it('takes 主管部门 from a table, code prefix removed, and the year from a caption', async () => {
		expect(
			await metaOf(
				'项目支出绩效自评表\n（2022年度）\n| 项目名称 | 委托业务项目 |\n| 主管部门 | 219-池州市贵池区棠溪镇人民政府 |\n',
			),
		).toMatchObject({department: '池州市贵池区棠溪镇人民政府', fiscalYear: 2022, kind: 'self-evaluation-table'});
	});

	it('prefers 实施单位 to 主管部门', async () => {
		expect(
			(await metaOf('项目支出绩效自评表\n| 主管部门 | 楚雄市卫生健康局 | 实施单位 | 楚雄市中医医院 |\n')).department,
		).toBe('楚雄市中医医院');
	});

	it('reads a title that starts with its year, and one wrapped inside a word', async () => {
		expect(await metaOf('2021年茂名市发展和改革局整体支出绩效自评\n报告\n一、部门基本情况\n')).toMatchObject({
			department: '茂名市发展和改革局',
			fiscalYear: 2021,
		});
		expect(await metaOf('黄山市中医医院部门2023年度整\n体支出绩效自评报告\n一、部门基本情况\n')).toMatchObject({
			title: '黄山市中医医院部门2023年度整体支出绩效自评报告',
			department: '黄山市中医医院',
			fiscalYear: 2023,
			kind: 'department-overall',
		});
	});

	it('does not take a running header for half of the title', async () => {
		expect(
			await metaOf('红河州数据发展中心\n红河州数据发展中心2023年度部门整体支出绩效自评报告\n一、部门基本情况\n'),
		).toMatchObject({department: '红河州数据发展中心', title: '红河州数据发展中心2023年度部门整体支出绩效自评报告'});
	});

	it('takes the department from the signature when the title names a project', async () => {
		expect(
			await metaOf(
				'2019年度城区供水管网改造一期工程\n项目支出绩效评价报告\n一、项目概况\n本项目资金153.55万元。\n成安县水利局\n2020年6月20日\n',
			),
		).toMatchObject({department: '成安县水利局', fiscalYear: 2019, kind: 'project'});
	});

	it('reads the fiscal year from the first statement when the title has none', async () => {
		expect(
			(await metaOf('耒阳市第四中学专项资金绩效自评价报告\n一、基本情况\n我校2022年度实施的专项资金项目只有一个。\n'))
				.fiscalYear,
		).toBe(2022);
	});

	it('gives unknown for a text that is no report, and no department from a non-unit', async () => {
		expect(
			await metaOf('某学院预算绩效管理办法（试行）\n第一章　总　则\n第一条　为规范预算绩效管理，制定本办法。\n'),
		).toMatchObject({title: null, fiscalYear: null, kind: 'unknown'});
		expect((await metaOf('岳阳市2018年度整体支出绩效自评报告\n')).department).toBeNull();
	});

	it('folds a title in traditional characters', async () => {
		expect(await metaOf('鎮康縣勐堆鄉人民政府2023年度部門整體支出績效自評報告\n')).toMatchObject({
			department: '镇康县勐堆乡人民政府',
			fiscalYear: 2023,
			kind: 'department-overall',
		});
	});
});

describe('grades', () => {
	it('reads 优/良/中/差, 优秀/良好/合格/不合格 and A–D', async () => {
		expect(
			(await reportOf('某局2023年度部门整体支出绩效自评报告\n自评得分76分，评价等级为良。\n')).evaluation.grade,
		).toBe('良');
		expect(
			(await reportOf('某局2023年度部门整体支出绩效自评报告\n综合得分93.6分，评价结果为“优秀”。\n')).evaluation.grade,
		).toBe('优秀');
		expect(
			(await reportOf('某局2023年度部门整体支出绩效自评报告\n自评得分85分，评价等级为B级。\n')).evaluation.grade,
		).toBe('B');
	});
});

describe('documents without a title line', () => {
	it('reads a notice with a form glued into one line: year in a caption, unit after 实施单位, kind from the opening words', async () => {
		expect(
			await metaOf(
				'现已完成本县衔接资金项目绩效目标自评。\n绩效目标自评表(2022年度)项目名称某项目主管部门中江县水利局实施单位中江县水利局资金情况(万元)全年预算数(A)\n',
			),
		).toMatchObject({department: '中江县水利局', fiscalYear: 2022, kind: 'self-evaluation-table'});
	});
});

describe('budget documents', () => {
	it('reads the unit and year of a 部门预算情况说明', async () => {
		expect(await metaOf('重庆市大足区疾病预防控制中心2023年部门预算情况说明\n一、单位基本情况\n')).toMatchObject({
			department: '重庆市大足区疾病预防控制中心',
			fiscalYear: 2023,
			kind: 'unknown',
		});
	});
});
