import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {parse} from '../../src/index.js';
import {wordShares} from '../../src/nlp/word-share.js';
import {linesOfTsv, unreadableText} from '../../src/read/ocr.js';
import type {Report} from '../../src/schema.js';

/**
OCR with the real Tesseract (Debian tesseract-ocr, tesseract-ocr-chi-sim; .ci/run installs them)
on the scan twins of scripts/make-scans.mjs: the seeds' PDFs rasterized at 200 dpi, skewed,
speckled and saved as JPEG pages, and the first seed with its fonts' Unicode maps removed or
shuffled.
*/
const headline = (report: Report) =>
	report.facts.filter((fact) => fact.concept !== null).map((fact) => `${fact.concept}|${fact.stage}|${fact.value}`);
const errorRules = (report: Report) =>
	new Set(report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule));

function recall(original: Report, twin: Report): number {
	const read = new Set(headline(twin));
	const wanted = headline(original);
	return wanted.filter((key) => read.has(key)).length / wanted.length;
}

describe.each([
	['000_7584c7280180b575', 0.9],
	// Measured 33 of 34: Tesseract drops the short line "万元。" after 项目支出823.46.
	['002_bc18d932a785869a', 0.9],
])('the scanned twin of %s', (seed, least) => {
	let original: Report;
	let scanned: Report;
	beforeAll(async () => {
		[original, scanned] = await Promise.all([
			parse(`fixtures/pdf/${seed}.pdf`),
			parse(`fixtures/scans/${seed}.scan.pdf`),
		]);
	}, 300_000);

	it(`reads at least ${least * 100} % of the original's headline facts with the right values`, () => {
		expect(recall(original, scanned)).toBeGreaterThanOrEqual(least);
		expect(scanned.report.fiscalYear).toBe(original.report.fiscalYear);
	});

	it('marks every fact as read by OCR, with a confidence, and notes the pages', () => {
		expect(scanned.facts.length).toBeGreaterThan(5);
		for (const fact of scanned.facts) {
			expect(fact.source).toBe('ocr');
			expect(fact.confidence).toBeGreaterThanOrEqual(0);
			expect(fact.loc.page).not.toBeNull();
		}
		expect(scanned.notes.map((note) => note.code)).toContain('ocr');
	});

	it('raises no error the original does not, and softens what OCR text supports to a warning that says so', () => {
		const originalErrors = errorRules(original);
		for (const rule of errorRules(scanned)) expect(originalErrors).toContain(rule);
		for (const finding of scanned.findings) {
			expect(finding.basis).toBe('ocr');
			expect(finding.severity).not.toBe('error');
			expect(finding.message).toContain('（依据OCR识别的文字，请核对原件）');
		}
	});
});

describe.each([
	['whose fonts lost their Unicode maps', 'garbled'],
	['whose Chinese fonts map to the wrong characters', 'mismapped'],
])('a PDF %s', (_, twin) => {
	it('is detected as an unreadable text layer, read by OCR, and gives the original facts', async () => {
		const [original, unreadable] = await Promise.all([
			parse('fixtures/pdf/000_7584c7280180b575.pdf'),
			parse(`fixtures/scans/000_7584c7280180b575.${twin}.pdf`),
		]);
		expect(unreadable.notes.map((note) => [note.code, note.data])).toEqual([
			['text-layer-unreadable', {pages: '1-4'}],
			['ocr', {pages: '1-4', dpi: 200}],
		]);
		expect(recall(original, unreadable)).toBeGreaterThanOrEqual(0.9);
		expect(unreadable.report).toEqual(original.report);
	}, 300_000);
});

describe('an unreadable text layer', () => {
	it('knows glyph ids printed as ASCII and private-use characters from readable text', () => {
		expect(unreadableText('!"#$%&\'()*+,-./01,234567 ?@ABCDEFGHIJKHILMHNOPHQ1RSBT UV,WX%YBZ[\\Y]')).toBe(true);
		expect(
			unreadableText(
				'\ue001\ue002\ue003收入\ue004\ue005\ue006\ue007\ue008\ue009\ue00a\ue00b\ue00c\ue00d\ue00e\ue00f\ue010\ue011\ue012',
			),
		).toBe(true);
		expect(unreadableText('本部门2023年度收入总计2029.67万元，与2022年度决算相比，收入增加1817.89万元。')).toBe(false);
		expect(unreadableText('| 年度资金总额 | 86.5 | 86.5 | 86.5 | 10 | 100% | 10 |')).toBe(false);
	});
});

/** The Chinese characters of a text in a fixed shuffled order, as a wrong Unicode map yields them. */
function shuffled(text: string): string {
	const chars = [...text].filter((char) => /\p{Script=Han}/u.test(char));
	let seed = 11;
	for (let index = chars.length - 1; index > 0; index--) {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		const other = seed % (index + 1);
		[chars[index], chars[other]] = [chars[other]!, chars[index]!];
	}
	return chars.join('');
}

describe('the share of dictionary words', () => {
	it('tells prose from its own characters shuffled, in simplified and in traditional characters', () => {
		const seed = readFileSync('fixtures/002_bc18d932a785869a.txt', 'utf8').slice(200, 800);
		const traditional = readFileSync('fixtures/corpus/docs/c05-mengdui-2023.txt', 'utf8').slice(0, 600);
		const [prose, proseShuffled, old, oldShuffled, short] = wordShares([
			seed,
			shuffled(seed),
			traditional,
			shuffled(traditional),
			'收入总计2029.67万元',
		]);
		expect(prose).toBeGreaterThan(0.7);
		expect(old).toBeGreaterThan(0.7);
		expect(proseShuffled).toBeLessThan(0.25);
		expect(oldShuffled).toBeLessThan(0.25);
		expect(short).toBeNull();
	});
});

describe('a clean text layer', () => {
	it('is never sent to OCR: no corpus or seed PDF is read by OCR in auto mode', async () => {
		const pdfs = [
			...readdirSync('fixtures/pdf')
				.filter((name) => name.endsWith('.pdf') && !/scanned|encrypted/u.test(name))
				.map((name) => `fixtures/pdf/${name}`),
			...readdirSync('fixtures/corpus/docs')
				.filter((name) => name.endsWith('.pdf'))
				.map((name) => `fixtures/corpus/docs/${name}`),
		];
		expect(pdfs.length).toBeGreaterThan(15);
		for (const path of pdfs) {
			const report = await parse(path);
			expect(
				report.notes.map((note) => note.code),
				path,
			).not.toContain('ocr');
			expect(
				report.facts.some((fact) => fact.source === 'ocr'),
				path,
			).toBe(false);
		}
	}, 300_000);
});

describe('a scanned page saved as an image', () => {
	it('is read by OCR like the scanned PDF page', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'jixiao-image-'));
		execFileSync('pdftoppm', [
			'-r',
			'200',
			'-gray',
			'-png',
			'-f',
			'2',
			'-l',
			'2',
			'-singlefile',
			'fixtures/scans/002_bc18d932a785869a.scan.pdf',
			join(folder, 'page'),
		]);
		const report = await parse(join(folder, 'page.png'));
		expect(report.source.format).toBe('image');
		expect(headline(report)).toContain('expenditure.basic|final|1106.36');
		expect(report.facts.every((fact) => fact.source === 'ocr')).toBe(true);
	}, 120_000);
});

describe("Tesseract's words", () => {
	it('become lines without spaces between Chinese words, each word with its confidence', () => {
		const tsv = [
			'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
			'5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t91.5\t基本文出',
			'5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t62\t1106.36',
			'5\t1\t1\t1\t1\t3\t0\t0\t10\t10\t88\t万元',
			'5\t1\t1\t1\t2\t1\t0\t0\t10\t10\t95\t合计',
		].join('\n');
		expect(linesOfTsv(tsv)).toEqual([
			{
				text: '基本支出 1106.36 万元',
				words: [
					[0, 4, 91.5],
					[5, 12, 62],
					[13, 15, 88],
				],
			},
			{text: '合计', words: [[0, 2, 95]]},
		]);
	});
});

describe('without Tesseract', () => {
	it('fails a scanned PDF with one line naming the packages to install', () => {
		const bin = mkdtempSync(join(tmpdir(), 'jixiao-bin-'));
		symlinkSync(process.execPath, join(bin, 'node'));
		const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'parse', 'fixtures/pdf/scanned.pdf'], {
			encoding: 'utf8',
			env: {...process.env, PATH: bin, JIXIAO_LANG: 'en'},
		});
		expect(result.status).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain(
			'fixtures/pdf/scanned.pdf: ocr-unavailable: pages 1, 2 need OCR, and Tesseract is not installed',
		);
		expect(result.stderr).toContain('apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils');
		expect(readFileSync('fixtures/pdf/scanned.pdf').length).toBeGreaterThan(0);
	});
});
