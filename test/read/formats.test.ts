import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parse} from '../../src/index.js';
import {FORMAT_IDS, FORMAT_ROWS, UNREAD_EXTENSIONS} from '../../src/formats.js';
import {isReportName, readerOf, sniffFormat} from '../../src/read/formats.js';
import {reportSchema, type Report} from '../../src/schema.js';
import {zipBytes} from '../helpers/zip-bytes.js';

const SEEDS = ['000_7584c7280180b575', '002_bc18d932a785869a'];
const FORMS = (seed: string) => [`fixtures/${seed}.txt`, `fixtures/docx/${seed}.docx`, `fixtures/pdf/${seed}.pdf`];

const factKeys = (report: Report) =>
	report.facts
		.filter((fact) => fact.concept)
		.map((fact) => `${fact.concept}|${fact.stage}|${fact.entity}|${fact.value}`)
		.sort();
const ruleIds = (report: Report) => report.findings.map((finding) => `${finding.rule}:${finding.severity}`).sort();
const outline = (sections: Report['sections']): unknown =>
	sections.map((section) => [section.number, section.title, outline(section.children)]);

describe.each(SEEDS)('seed %s in TXT, DOCX and PDF', (seed) => {
	it('yields the same facts, findings and section tree in every format', async () => {
		const [txt, docx, pdf] = await Promise.all(FORMS(seed).map((path) => parse(path)));
		expect(docx!.source.format).toBe('docx');
		expect(pdf!.source.format).toBe('pdf');
		for (const other of [docx!, pdf!]) {
			expect(factKeys(other)).toEqual(factKeys(txt!));
			expect(ruleIds(other)).toEqual(ruleIds(txt!));
			expect(outline(other.sections)).toEqual(outline(txt!.sections));
			expect(other.report).toEqual(txt!.report);
		}
	});
});

describe('PDF provenance', () => {
	it('gives every fact a page, and the right one for a fact on page 2 or later', async () => {
		const report = await parse('fixtures/pdf/002_bc18d932a785869a.pdf');
		expect(report.source.pages).toBeGreaterThan(2);
		expect(report.facts.every((fact) => fact.loc.page !== null)).toBe(true);
		const fact = report.facts.find(
			(candidate) => candidate.concept === 'expenditure.basic' && candidate.stage === 'adjustedBudget',
		)!;
		expect(fact.loc.page).toBe(2);
		// The page's own text, as pdftotext sees it, holds the figure the fact cites.
		const pageText = readFileSync('fixtures/pdf/002_bc18d932a785869a.page-2.pdftotext', 'utf8');
		expect(pageText).toContain('1106.36');
		expect(pageText).toContain('年终支出预算调整为');
	});

	it('reads Chinese set in a non-embedded STSong-Light font through the UniGB-UCS2-H CMap', async () => {
		const report = await parse('fixtures/pdf/stsong-cmap.pdf');
		expect(report.facts.map((fact) => [fact.concept, fact.exact])).toEqual([
			['expenditure.basic', '1106.36'],
			['expenditure.project', '823.46'],
		]);
	});

	it('notes the pages of a scanned PDF that have no text layer when OCR is off, with no facts and no crash', async () => {
		const report = await parse('fixtures/pdf/scanned.pdf', {ocr: 'off'});
		expect(report.notes).toEqual([{code: 'no-text', message: '第1-2页没有文字层', data: {pages: '1-2'}, loc: null}]);
		expect(report.facts).toEqual([]);
	});
});

describe('self-evaluation tables in DOCX and PDF', () => {
	it.each([
		'fixtures/docx/self-evaluation-table.docx',
		'fixtures/pdf/self-evaluation-table.pdf',
		'fixtures/pdf/borderless-table.pdf',
	])('turns the table of %s into indicators and funding facts that the table rules judge', async (path) => {
		const report = await parse(path);
		const indicator = report.indicators.find((candidate) => candidate.name === '签约客商质量符合定位率')!;
		expect(indicator).toMatchObject({
			project: '招商引资费',
			level1: '产出指标',
			level2: '质量指标',
			weight: 20,
			score: 20,
			met: false,
			direction: 'higher-is-better',
		});
		expect(indicator.target).toMatchObject({op: '=', value: 100, unit: '%'});
		expect(report.indicators.find((candidate) => candidate.name === '本年度签约落地投产项目全市排名')).toMatchObject({
			direction: 'lower-is-better',
			met: true,
		});
		expect(report.facts.find((fact) => fact.concept === 'projectFunds.total' && fact.stage === 'final')).toMatchObject({
			value: 46.25,
			unit: '万元',
		});
		expect(report.findings.map((finding) => finding.rule).sort()).toEqual([
			'execution-rate-score',
			'unmet-target-full-marks',
		]);
	});
});

describe('DOCX structure', () => {
	it('rebuilds Word-numbered headings into the text: the DOCX of seed 002 types no heading numbers', async () => {
		const report = await parse('fixtures/docx/002_bc18d932a785869a.docx');
		const numbers = (sections: Report['sections']): string[] =>
			sections.flatMap((section) => [section.number, ...numbers(section.children)]);
		expect(numbers(report.sections).slice(0, 12)).toEqual([
			'一',
			'（一）',
			'1',
			'2',
			'3',
			'（二）',
			'（三）',
			'1',
			'2',
			'（一）',
			'（二）',
			'（三）',
		]);
		expect(report.sections.map((section) => section.title)).toEqual([
			'部门基本情况',
			'自评工作开展情况',
			'部门整体支出绩效目标实现情况及指标分析',
			'评价结论和评价等级',
			'存在的问题及改进措施',
		]);
	});
});

describe('the format registry', () => {
	it('is where the schema takes its format names from', () => {
		expect(reportSchema.shape.source.shape.format.options).toEqual([...FORMAT_IDS]);
		expect(FORMAT_ROWS.map((row) => row.format)).toEqual([...FORMAT_IDS]);
		for (const row of FORMAT_ROWS) expect(() => readerOf(row), row.format).not.toThrow();
	});

	it('takes every extension of every row, and the unread ones, as report names', () => {
		for (const extension of [...FORMAT_ROWS.flatMap((row) => row.extensions), ...Object.keys(UNREAD_EXTENSIONS)])
			expect(isReportName(`报告${extension.toUpperCase()}`)).toBe(true);
		expect(isReportName('logo.gif')).toBe(false);
		expect(isReportName('scan.JPG')).toBe(true);
	});

	it('reads a zip holding word/document.xml as DOCX whatever its name', async () => {
		const bytes = readFileSync('fixtures/docx/000_7584c7280180b575.docx');
		expect((await sniffFormat(bytes, 'archive/report.zip')).format).toBe('docx');
		expect((await sniffFormat(bytes, 'report.pdf')).format).toBe('docx');
	});

	it('refuses a zip that holds no document of a known format, naming what it looked for', async () => {
		const bytes = zipBytes([{name: 'notes/readme.txt', data: Buffer.from('说明')}]);
		await expect(sniffFormat(bytes, 'report.docx')).rejects.toMatchObject({
			reason: 'unsupported',
			message: expect.stringContaining('word/document.xml'),
		});
	});
});
