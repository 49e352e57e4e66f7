import {Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun} from 'docx';
import {describe, expect, it} from 'vitest';
import {parseBytes} from '../../src/index.js';

async function docxOf(children: Array<Paragraph | Table>): Promise<Uint8Array> {
	return Packer.toBuffer(new Document({sections: [{children}]}));
}

describe('readDocx', () => {
	it('never fuses two numbers across a soft line break', async () => {
		// Fused, "1106.36<w:br/>823.46万元" would read as one amount 1106.36823.46万元.
		const bytes = await docxOf([
			new Paragraph({children: [new TextRun('合计1106.36'), new TextRun({text: '823.46万元。', break: 1})]}),
		]);
		const report = await parseBytes(bytes, 'soft-break.docx', {rules: []});
		expect(report.facts.map((fact) => fact.exact)).toEqual(['823.46']);
	});

	it('puts a fact after a page break on page 2', async () => {
		const bytes = await docxOf([
			new Paragraph('某局2023年度部门整体支出绩效自评报告'),
			new Paragraph('年初支出预算100.00万元。'),
			new Paragraph({children: [new PageBreak(), new TextRun('2023年支出合计90.00万元。')]}),
		]);
		const report = await parseBytes(bytes, 'pages.docx', {rules: []});
		expect(
			report.facts.filter((fact) => fact.concept).map((fact) => [fact.exact, fact.loc.page, fact.loc.line]),
		).toEqual([
			['100.00', 1, 2],
			['90.00', 2, 3],
		]);
	});

	it('takes unnumbered Heading styles as headings and keeps table cells apart', async () => {
		const bytes = await docxOf([
			new Paragraph({heading: HeadingLevel.HEADING_1, text: '部门基本情况'}),
			new Table({
				rows: [
					new TableRow({children: ['姓名', '职务'].map((text) => new TableCell({children: [new Paragraph(text)]}))}),
					new TableRow({children: ['胡波', '局长'].map((text) => new TableCell({children: [new Paragraph(text)]}))}),
				],
			}),
		]);
		const report = await parseBytes(bytes, 'styles.docx', {rules: []});
		expect(report.sections.map((section) => [section.number, section.title, section.level])).toEqual([
			['', '部门基本情况', 1],
		]);
		expect(report.source.pages).toBeNull();
	});
});
