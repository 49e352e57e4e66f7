import {describe, expect, it} from 'vitest';
import {factsOf} from '../helpers/parse-text.js';

const facts = (body: string) => factsOf(`某局2020年度部门整体支出绩效自评报告\n${body}\n`);

describe('wording families', () => {
	it('reads 全年收入/全年支出 and a change stated after them (比上年度增加)', async () => {
		expect(
			await facts('全年收入182.46万元，比上年度增加12.35万元；全年支出180.92万元，比上年度增加10.87万元。'),
		).toEqual([
			['income.total', 'final', null, 182.46],
			['income.total', 'changeFromPriorYear', null, 12.35],
			['expenditure.total', 'final', null, 180.92],
			['expenditure.total', 'changeFromPriorYear', null, 10.87],
		]);
	});

	it('reads 人员经费支出 and 公用经费支出 as parts, not totals', async () => {
		expect(await facts('其中人员经费支出128.64万元，公用经费支出22.18万元。')).toEqual([
			['expenditure.personnel', null, null, 128.64],
			['expenditure.publicOperating', null, null, 22.18],
		]);
	});

	it('reads 年初批复预算 and 调整后预算 and leaves 年中追加 out', async () => {
		expect(await facts('部门收入年初批复预算165.30万元，年中追加17.16万元，调整后预算182.46万元。')).toEqual([
			['income.total', 'initialBudget', null, 165.3],
			['income.total', 'adjustedBudget', null, 182.46],
		]);
	});

	it('reads 部门全年预算数 / 全年执行数 as the department budget and its execution', async () => {
		expect(await facts('2023年度部门全年预算数35,682.40万元，全年执行数34,920.15万元，预算执行率97.86%。')).toEqual([
			['expenditure.total', 'adjustedBudget', null, 35682.4],
			['expenditure.total', 'final', null, 34920.15],
		]);
	});

	it('reads staff wordings: 在职实有, 实有人员, 在职人数, 目前实有在编, 核定编制…个', async () => {
		expect(await facts('核定编制8名，在职实有人数7人。')).toEqual([
			['staff.authorized.total', null, null, 8],
			['staff.actual.total', null, null, 7],
		]);
		expect(await facts('实有人员12人，其中行政人员8人。')).toEqual([
			['staff.actual.total', null, null, 12],
			['staff.actual.admin', null, null, 8],
		]);
		expect(await facts('行政事业总编制为249个，其中行政编制13个。')).toEqual([
			['staff.authorized.total', null, null, 249],
			['staff.authorized.admin', null, null, 13],
		]);
		expect(await facts('2021年末在职人数57人。')).toEqual([['staff.actual.total', null, null, 57]]);
	});

	it('keeps 在编 and 编外 apart from the total, and retired staff out of it', async () => {
		expect(await facts('在职实有人数236人，其中在编人员198人、编外聘用人员38人；另有退休人员37人。')).toEqual([
			['staff.actual.total', null, null, 236],
			['staff.actual.established', null, null, 198],
			['staff.actual.contract', null, null, 38],
		]);
	});

	it('does not read 参照公务员法管理编制 or 在职人员编制 as actual staff', async () => {
		const rows = await facts('在职人员编制12人，参照公务员法管理编制5名。');
		expect(rows.filter(([concept]) => concept?.startsWith('staff.actual'))).toEqual([]);
	});

	it('gives one figure to each concept listed before 各', async () => {
		expect(await facts('与上年相比收入、支出总计各减少212.30万元。')).toEqual([
			['expenditure.total', 'changeFromPriorYear', null, -212.3],
			['income.total', 'changeFromPriorYear', null, -212.3],
		]);
	});

	it('does not give an enumerated item the concept named before the list', async () => {
		expect(await facts('项目支出包括办公设备购置经费12.50万元、培训经费8.00万元。')).toEqual([]);
	});

	it('does not read the total of one item (“三公”经费支出合计) as the department total', async () => {
		expect(await facts('2019年度“三公”经费支出合计186.52万元。')).toEqual([]);
	});

	it('reads a budget cue (预算收入) without a final stage', async () => {
		expect(await facts('2021年度部门预算收入4,125.36万元，全年收入决算4,398.52万元。')).toEqual([
			['income.total', null, null, 4125.36],
			['income.total', 'final', null, 4398.52],
		]);
	});
});

describe('wording families from the second hold-out', () => {
	it('carries the concept into a sentence that opens with 同比上年度', async () => {
		expect(await facts('1、收入：792.22万元。同比上年度增加189.25万元，增加31.39%。')).toEqual([
			['income.total', 'final', null, 792.22],
			['income.total', 'changeFromPriorYear', null, 189.25],
		]);
	});

	it('does not carry a concept into a sentence that opens otherwise', async () => {
		expect(await facts('收入：792.22万元。全县增加189.25万元。')).toEqual([['income.total', 'final', null, 792.22]]);
	});
});

describe('lead-ins', () => {
	it('puts the figures under a 决算收支完成情况 lead-in at the final accounts, until the next heading', async () => {
		expect(
			await facts(
				'2021年部门决算收支完成情况。\n2、支出：799.12万元。其中：人员经费支出434.89万元。\n二、预算安排\n基本支出100万元。',
			),
		).toEqual([
			['expenditure.total', 'final', null, 799.12],
			['expenditure.personnel', 'final', null, 434.89],
			['expenditure.basic', null, null, 100],
		]);
	});
});

describe('wording families from the third hold-out', () => {
	it('reads a budget document: 年初预算数 with 一般公共预算拨款, and a fund-type income line is not the total', async () => {
		expect(
			await facts(
				'（一）收入预算：2023年年初预算数2,475.17万元，其中一般公共预算拨款2,475.17万元，政府性基金预算拨款0万元，国有资本经营预算收入0万元。',
			),
		).toEqual([
			['income.total', 'initialBudget', null, 2475.17],
			['income.fiscal', 'initialBudget', null, 2475.17],
		]);
	});

	it('reads 民警 as staff within the 政法专项编制 and 辅警 as staff outside it', async () => {
		expect(await facts('核定政法专项编制45名，实有民警43人，另有辅警86人。')).toEqual([
			['staff.authorized.admin', null, null, 45],
			['staff.actual.admin', null, null, 43],
			['staff.actual.contract', null, null, 86],
		]);
	});
});

describe('money received is not money spent', () => {
	it('does not read 实际到位资金 as the project spending it follows', async () => {
		expect(
			await facts(
				'年初批复项目预算985万元，调整预算后项目预算861.46万元，实际到位资金334.67万元，全年实际支出329.30万元。',
			),
		).toEqual([
			['expenditure.project', 'initialBudget', null, 985],
			['expenditure.project', 'adjustedBudget', null, 861.46],
			['expenditure.project', 'final', null, 329.3],
		]);
	});
});
