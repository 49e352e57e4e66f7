import {describe, expect, it} from 'vitest';
import {paragraphsOf} from '../helpers/parse-text.js';

const rows = async (text: string) =>
	(await paragraphsOf(text)).filter(([kind]) => kind === 'table-row').map(([, row]) => row);

describe('table layouts in plain text', () => {
	it('reads space-aligned rows, keeping an empty first cell where merged cells were indented', async () => {
		const text =
			'项目资金(万元)    年初预算数    全年预算数    全年执行数\n年度资金总额      60            60            57.6\n                  质量指标      验收合格率    100%\n';
		expect(await rows(text)).toEqual([
			'项目资金(万元)\t年初预算数\t全年预算数\t全年执行数',
			'年度资金总额\t60\t60\t57.6',
			'\t质量指标\t验收合格率\t100%',
		]);
	});

	it('does not split prose whose words happen to be two spaces apart', async () => {
		expect(await rows('本部门2023年度整体支出情况良好。  下一步将继续加强管理。\n')).toEqual([]);
	});

	it('reads single-space rows under a header the vocabulary knows, with blank lines between them', async () => {
		const text =
			'一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n\n产出指标 数量指标 覆盖面积 ≥52平方公里 52平方公里 20 20\n\n合计 100 100\n';
		expect(await rows(text)).toEqual([
			'一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
			'产出指标\t数量指标\t覆盖面积\t≥52平方公里\t52平方公里\t20\t20',
			'合计\t100\t100',
		]);
	});

	it('does not read spaced PDF prose as a table', async () => {
		expect(
			await rows('鹿泉区投资促进局 部门 2023 年度整体支出绩效自评报告\n本部门 2023 年 收入 2029.67 万元\n'),
		).toEqual([]);
	});

	it('pairs cells one per line: a label and its figure, never a phone number glued to the next label', async () => {
		const text = '联系人\n\n吴俊\n\n联络电话\n\n8690022\n\n人员编制\n\n21\n\n实有人数\n\n21\n\n职能职责概述\n';
		expect(await rows(text)).toEqual(['联络电话\t8690022', '人员编制\t21', '实有人数\t21']);
	});

	it('reads header cells then value cells, with the unit name under 机构名称', async () => {
		const text = '年度收入情况(万元)\n机构名称\n收入合计\n公共财政拨款\n其他\n某某中心\n486.52\n480.52\n6.00\n';
		expect(await rows(text)).toEqual(['机构名称\t收入合计\t公共财政拨款\t其他', '某某中心\t486.52\t480.52\t6.00']);
	});

	it('never glues the figures of neighbouring cells into one number', async () => {
		const found = await rows('本年完成情况\n46\n50\n108.70%\n');
		expect(found.join('\n')).not.toMatch(/4650/u);
		expect(found).toEqual(['本年完成情况\t46\t50\t108.70%']);
	});

	it('chunks cells closed by "|" by the width of their header, empty cells included', async () => {
		const text = [
			'一级指标 |',
			'二级指标 |',
			'三级指标 |',
			'指标值 |',
			'完成值 |',
			'权重 |',
			'得分 |',
			'产出指标 |',
			'数量指标 |',
			'覆盖率 |',
			'100 |',
			'|',
			'60 |',
			'|',
			'合计 |',
			'100 |',
		].join('\n');
		expect(await rows(text)).toEqual([
			'一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分',
			'产出指标\t数量指标\t覆盖率\t100\t\t60\t',
			'合计\t100',
		]);
	});
});

describe('tables of contents', () => {
	it('marks the entries after 目录 up to the body that repeats the first of them', async () => {
		const text =
			'某局2019年决算公开报告\n决算公开目录\n一、基本情况\n二、收入支出情况\n三、名词解释\n一、基本情况\n本局共有人员20人。\n';
		const paragraphs = await paragraphsOf(text);
		expect(paragraphs.filter(([kind]) => kind === 'toc').map(([, entry]) => entry)).toEqual([
			'决算公开目录',
			'一、基本情况',
			'二、收入支出情况',
			'三、名词解释',
		]);
		expect(paragraphs.at(-2)).toEqual(['text', '一、基本情况']);
	});

	it('marks entries closed by leaders and a page number, and Word TOC fields left in the text', async () => {
		const paragraphs = await paragraphsOf(
			'一、基本职能及主要工作————————2\n第一部分 单位概况 PAGEREF _Toc25831 \\h 3\n二、机构设置……………………3\n',
		);
		expect(paragraphs.map(([kind]) => kind)).toEqual(['toc', 'toc', 'toc']);
	});

	it('leaves numbered body lines alone when no 目录 precedes them', async () => {
		const paragraphs = await paragraphsOf('一、部门基本情况\n本局共有人员20人。\n二、收支情况\n');
		expect(paragraphs.map(([kind]) => kind)).toEqual(['text', 'text', 'text']);
	});
});

describe('traditional characters', () => {
	it('folds them one for one, so offsets still point into the file', async () => {
		const paragraphs = await paragraphsOf(
			'鎮康縣勐堆鄉人民政府2023年度部門整體支出績效自評報告\n實有在職人員56人，收入決算1,986.42萬元。\n',
		);
		expect(paragraphs.map(([, text]) => text)).toEqual([
			'镇康县勐堆乡人民政府2023年度部门整体支出绩效自评报告',
			'实有在职人员56人,收入决算1,986.42万元。',
		]);
	});
});

describe('pathological lines', () => {
	it('reads a line of fifty thousand dots as text, not as a TOC entry, without backtracking', async () => {
		const paragraphs = await paragraphsOf(`一、目录${'.'.repeat(50_000)}页\n`);
		expect(paragraphs.map(([kind]) => kind)).toEqual(['text']);
	});
});
