import {describe, expect, it} from 'vitest';
import {processDocument} from '../../src/pipeline.js';
import type {Section} from '../../src/schema.js';
import {readNumbering} from '../../src/text/numbering.js';

async function outline(body: string): Promise<string[]> {
	const report = await processDocument(Buffer.from(body), 'case.txt', {rules: []});
	const lines: string[] = [];
	const visit = (sections: Section[]) =>
		sections.forEach((section) => {
			lines.push(`${'  '.repeat(section.level - 1)}${section.number} ${section.title}`);
			visit(section.children);
		});
	visit(report.sections);
	return lines;
}

describe('readNumbering', () => {
	it.each([
		['一、部门基本情况', 'zh', 1, '一'],
		['十三、其他', 'zh', 13, '十三'],
		['(一)部门概况', 'paren-zh', 1, '（一）'],
		['1.部门职能', 'arabic', 1, '1'],
		['2、组织机构', 'arabic', 2, '2'],
		['(3)满意度指标', 'paren-arabic', 3, '（3）'],
		['第二章 总则', 'chapter', 2, '第二章'],
		['第一节 概况', 'section', 1, '第一节'],
	])('reads %s', (line, style, value, canonical) => {
		expect(readNumbering(line)).toMatchObject({style, value, canonical});
	});

	it.each(['1817.89万元', '2.5倍', '一是以商招商', '2025年度'])('finds no numbering in %s', (line) => {
		expect(readNumbering(line)).toBeNull();
	});
});

describe('section tree', () => {
	it('builds levels from numbering, not from markdown marks', async () => {
		expect(
			await outline(
				'### 一、部门基本情况\n#### （一）部门概况\n##### 1、部门职能\n## 2、组织机构及人员\n#### 四、评价结论',
			),
		).toEqual(['一 部门基本情况', '  （一） 部门概况', '    1 部门职能', '    2 组织机构及人员', '四 评价结论']);
	});

	it('nests a style that restarts at 1 under a deeper heading', async () => {
		expect(
			await outline(
				'一、部门基本情况\n（三）绩效目标\n2.分项目标\n（一）招商引资质效并进\n（二）利用外资稳中有进\n二、自评工作',
			),
		).toEqual([
			'一 部门基本情况',
			'  （三） 绩效目标',
			'    2 分项目标',
			'      （一） 招商引资质效并进',
			'      （二） 利用外资稳中有进',
			'二 自评工作',
		]);
	});

	it('does not take items with a colon, sentences or duty lists for headings', async () => {
		const body = [
			'一、部门基本情况',
			'(1) 产出指标情况：完成2次外出招商推介，均达标。',
			'（一）负责拟订招商引资、利用外资中长期发展规划并组织实施；研究拟订投资促进政策。',
			'（二）负责建立投资促进工作体系、工作机制，进行统计、汇总、分析。',
			'（三）有关职责分工。与区市场监督管理局的有关职责分工。',
			'一是以商招商提质升级。二是驻外招商持续优化。',
		].join('\n');
		expect(await outline(body)).toEqual(['一 部门基本情况']);
	});

	it('splits a run-in heading into title and body', async () => {
		expect(
			await outline(
				'一、部门基本情况\n（一）部门概况。本部门是区政府工作部门，负责招商引资。\n（二）收支情况。本年度收入100万元。',
			),
		).toEqual(['一 部门基本情况', '  （一） 部门概况', '  （二） 收支情况']);
	});
});
