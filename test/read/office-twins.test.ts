import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from '../../src/index.js';
import type {Report} from '../../src/schema.js';

/**
Twins made by scripts/make-office-twins.mjs: Word 97 (.doc) and WPS (.wps) files converted from a
DOCX, spreadsheets (.xlsx written from a corpus table, .xls converted from it, .et with the .xls
bytes). Each must read as its original does. The .doc/.wps/.xls/.et need LibreOffice (.ci/run
installs it).
*/
const TWINS: Array<[original: string, twin: string, format: Report['source']['format']]> = [
	['fixtures/docx/000_7584c7280180b575.docx', 'fixtures/office/000_7584c7280180b575.doc', 'doc'],
	['fixtures/docx/002_bc18d932a785869a.docx', 'fixtures/office/002_bc18d932a785869a.wps', 'wps'],
	['fixtures/corpus/docs/d02-qu-fulian-2024.docx', 'fixtures/office/d02-qu-fulian-2024.doc', 'doc'],
	[
		'fixtures/corpus/docs/d08-chengan-shuili-zhengti-2019.docx',
		'fixtures/office/d08-chengan-shuili-zhengti-2019.wps',
		'wps',
	],
	[
		'fixtures/corpus/docs/d05-huangshan-xiangmu-biao-2023.docx',
		'fixtures/office/d05-huangshan-xiangmu-biao-2023.xlsx',
		'xlsx',
	],
	[
		'fixtures/corpus/docs/d05-huangshan-xiangmu-biao-2023.docx',
		'fixtures/office/d05-huangshan-xiangmu-biao-2023.xls',
		'xls',
	],
	[
		'fixtures/corpus/docs/m01-qingshen-xiangmu-merged-2023.docx',
		'fixtures/office/m01-qingshen-xiangmu-merged-2023.xlsx',
		'xlsx',
	],
	[
		'fixtures/corpus/docs/m01-qingshen-xiangmu-merged-2023.docx',
		'fixtures/office/m01-qingshen-xiangmu-merged-2023.et',
		'et',
	],
	['fixtures/corpus/docs/c25-tangxi-xiangmu-2022.txt', 'fixtures/office/c25-tangxi-xiangmu-2022.xlsx', 'xlsx'],
	['fixtures/corpus/docs/c25-tangxi-xiangmu-2022.txt', 'fixtures/office/c25-tangxi-xiangmu-2022.xls', 'xls'],
];

const factKeys = (report: Report) =>
	report.facts
		.filter((fact) => fact.concept)
		.map((fact) => `${fact.concept}|${fact.stage}|${fact.entity}|${fact.value}`)
		.sort();
const indicatorKeys = (report: Report) =>
	report.indicators
		.map((indicator) => `${indicator.name}|${indicator.weight}|${indicator.score}|${indicator.met}`)
		.sort();
const ruleIds = (report: Report) => report.findings.map((finding) => `${finding.rule}:${finding.severity}`).sort();

describe.each(TWINS)('%s as %s', (original, twin, format) => {
	it('gives the same report fields, facts, indicators and finding rules', async () => {
		const [expected, actual] = await Promise.all([parse(original), parse(twin)]);
		expect(actual.source.format).toBe(format);
		expect(actual.report).toEqual(expected.report);
		expect(factKeys(actual)).toEqual(factKeys(expected));
		expect(indicatorKeys(actual)).toEqual(indicatorKeys(expected));
		expect(ruleIds(actual)).toEqual(ruleIds(expected));
		expect(actual.facts.length).toBeGreaterThan(5);
	}, 60_000);
});

describe('spreadsheet provenance', () => {
	it('puts each sheet on its own page and shows numbers with their format (percent, decimals)', async () => {
		const report = await parse('fixtures/office/d05-huangshan-xiangmu-biao-2023.xlsx');
		expect(report.source.pages).toBe(2);
		const second = report.indicators.find((indicator) => indicator.name === '门诊中医药服务量增长率')!;
		expect(second.loc.page).toBe(2);
		expect(second.actual?.text).toBe('3.2%');
		const rate = report.indicators.find((indicator) => indicator.name === '健康档案规范化电子建档率')!;
		expect(rate.actual?.text).toBe('93.5%');
	});
});

describe('without LibreOffice', () => {
	it('fails a .doc with one line naming the packages to install', () => {
		const directory = mkdtempSync(join(tmpdir(), 'jixiao-nolo-'));
		const path = join(directory, 'report.doc');
		copyFileSync('fixtures/office/000_7584c7280180b575.doc', path);
		// A PATH that holds node and nothing else (node may live in /usr/bin, beside soffice).
		const bin = mkdtempSync(join(tmpdir(), 'jixiao-bin-'));
		symlinkSync(process.execPath, join(bin, 'node'));
		const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'parse', path], {
			encoding: 'utf8',
			env: {...process.env, PATH: bin, JIXIAO_LANG: 'en'},
		});
		expect(result.status).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain(
			`${path}: convert-failed: reading .doc needs LibreOffice, which is not installed (Debian: apt-get install libreoffice-writer libreoffice-calc)`,
		);
	});
});
