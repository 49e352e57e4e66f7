import {describe, expect, it} from 'vitest';
import {factsOf as factsOfText} from '../helpers/parse-text.js';

const factsOf = (body: string) => factsOfText(`某局2025年度部门整体支出绩效自评报告\n${body}`);

describe('concept mapping', () => {
	it('maps a nested budget breakdown onto concepts with the sentence stage', async () => {
		expect(
			await factsOf(
				'年初支出预算2,009.81万元，其中：基本支出1163.89万元（包括人员经费1044.87万元和日常公用经费119.02万元）、项目支出845.92万元。',
			),
		).toEqual([
			['expenditure.total', 'initialBudget', null, 2009.81],
			['expenditure.basic', 'initialBudget', null, 1163.89],
			['expenditure.personnel', 'initialBudget', null, 1044.87],
			['expenditure.publicOperating', 'initialBudget', null, 119.02],
			['expenditure.project', 'initialBudget', null, 845.92],
		]);
	});

	it('reads 调整为 as the adjusted budget and keeps 一般公共预算 from posing as a stage', async () => {
		expect(await factsOf('年终收入预算调整为1,929.81万元，其中：一般公共预算财政拨款收入1,929.81万元。')).toEqual([
			['income.total', 'adjustedBudget', null, 1929.81],
			['income.fiscal', 'adjustedBudget', null, 1929.81],
		]);
	});

	it('reads changes from the prior year with their sign', async () => {
		expect(await factsOf('与2024年度决算相比，收入增加1817.89万元；支出减少12.5万元。')).toEqual([
			['income.total', 'changeFromPriorYear', null, 1817.89],
			['expenditure.total', 'changeFromPriorYear', null, -12.5],
		]);
	});

	it('reads carry-overs and assets', async () => {
		expect(
			await factsOf(
				'2025年决算收入100.00万元，年初结转和结余0.00万元。年末结转和结余5.00万元。我局共有资产121.90万元，其中货币资金0.20万元，固定资产原值211.51万元，无形资产原值56.59万元。',
			),
		).toEqual([
			['income.total', 'final', null, 100],
			['income.carryoverBeginning', 'final', null, 0],
			['carryoverEnding', 'final', null, 5],
			['assets.total', null, null, 121.9],
			['assets.cash', null, null, 0.2],
			['assets.fixedGross', null, null, 211.51],
			['assets.intangibleGross', null, null, 56.59],
		]);
	});

	it('splits a multi-entity staff statement into entities and categories', async () => {
		expect(
			await factsOf(
				'我部门局机关年末实有人数57人，其中我局本级年末实有人数43人，其中在职行政人员42名，在职工勤人员1名;所属事业中心实有在职人员14名，其中管理岗10人、专技岗4人。',
			),
		).toEqual([
			['staff.actual.total', null, null, 57],
			['staff.actual.total', null, '本级', 43],
			['staff.actual.admin', null, '本级', 42],
			['staff.actual.worker', null, '本级', 1],
			['staff.actual.total', null, '事业中心', 14],
			['staff.actual.managementPost', null, '事业中心', 10],
			['staff.actual.technicalPost', null, '事业中心', 4],
		]);
	});

	it('reads authorized establishment and staff changes', async () => {
		expect(
			await factsOf('核定行政编制44名。在职职工21人，较2024年年底增加15人：其中行政人员增加2人；事业人员增加13人。'),
		).toEqual([
			['staff.authorized.admin', null, null, 44],
			['staff.actual.total', null, null, 21],
			['staff.change.total', 'changeFromPriorYear', null, 15],
			['staff.change.admin', 'changeFromPriorYear', null, 2],
			['staff.change.institution', 'changeFromPriorYear', null, 13],
		]);
	});

	it('does not read 营业收入 as the department income', async () => {
		expect(await factsOf('全市经济开发区实现营业收入16367.8亿元。')).toEqual([]);
	});
});
