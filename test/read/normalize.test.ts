import {describe, expect, it} from 'vitest';
import {emptyRawDocument} from '../../src/document/doc-file.js';
import {locWithSection} from '../../src/document/loc.js';
import {normalize} from '../../src/read/normalize.js';

const normalized = (raw: string) =>
	normalize(emptyRawDocument(raw), {
		path: 'case.txt',
		format: 'txt',
		sha256: '',
		bytes: raw.length,
		joinBrokenLines: true,
	});

describe('normalize', () => {
	it('folds full-width digits and punctuation, Kangxi and radical look-alikes, odd spaces', () => {
		expect(normalized('　　支出１，９２９．８１万元（⼀）⻔\u00a0口').text).toBe('支出1,929.81万元(一)门口');
	});

	it('strips markdown marks and DOCX bookmark remnants', () => {
		expect(normalized('## **二、自评工作开展情况**\n[bookmark: _Toc228343007]    （一）自评的组织工作').text).toBe(
			'二、自评工作开展情况\n(一)自评的组织工作',
		);
	});

	it('re-joins a sentence broken by a page break and maps each part back to its own line', () => {
		const doc = normalized(
			'（三）负责促进资金、技术、人才、项目引进和产业对接。\n\n（四）负责投资环境营销和宣传推广，负责重点区域、重点产\n\n业、重大招商引资项目谋划、包装、推介。\n',
		);
		expect(doc.text.split('\n')[1]).toBe(
			'(四)负责投资环境营销和宣传推广,负责重点区域、重点产业、重大招商引资项目谋划、包装、推介。',
		);
		const offset = doc.text.indexOf('业、重大');
		expect(locWithSection(doc, offset, [])).toMatchObject({line: 5, column: 1});
	});

	it('keeps a title and a heading apart from the paragraph after them', () => {
		expect(
			normalized(
				'鹿泉区投资促进局部门2023年度整体支出绩效自评报告\n\n贯彻落实区政府文件精神，对本部门整体支出情况实施了自评价。',
			).paragraphs,
		).toHaveLength(2);
		expect(normalized('1.多措并举、向新而行，招商引资工作持续提质\n一是以商招商提质升级。').paragraphs).toHaveLength(2);
	});

	it('turns |-separated text tables into table rows and drops their rule lines', () => {
		const raw = '| 姓名 | 职务 |\n|---|---|\n| 胡波 | 局长 |';
		const rawDocument = emptyRawDocument(raw);
		for (const index of raw.split('\n').keys()) rawDocument.tableRows.add(index);
		const doc = normalize(rawDocument, {
			path: 't.txt',
			format: 'txt',
			sha256: '',
			bytes: raw.length,
			joinBrokenLines: true,
		});
		expect(doc.text).toBe('姓名\t职务\n胡波\t局长');
		expect(doc.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['table-row', 'table-row']);
	});
});
