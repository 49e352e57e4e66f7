import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

/** The command line in a language: English unless asked (most assertions below read English lines). */
const cliIn = (lang: string | undefined, ...args: string[]) => {
	const {JIXIAO_LANG: _ignored, ...env} = process.env;
	return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
		encoding: 'utf8',
		env: lang ? {...env, JIXIAO_LANG: lang} : env,
	});
};
const cli = (...args: string[]) => cliIn('en', ...args);
const seed000 = 'fixtures/000_7584c7280180b575.txt';
const seed002 = 'fixtures/002_bc18d932a785869a.txt';

describe('jixiao parse', () => {
	it('prints the report JSON of a TXT report', () => {
		const result = cli('parse', seed002);
		expect(result.status).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(report.schemaVersion).toBe(1);
		expect(report.report.department).toBe('石家庄市投资促进局');
	});

	it.each([
		['empty.txt', new Uint8Array(), 'empty: empty file'],
		['garbage.txt', Uint8Array.from({length: 256}, (_, index) => (index * 7919) % 32), 'corrupt: binary data'],
		[
			'old.doc',
			Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
			'corrupt: not a readable Word 97-2003 .doc (an OLE file without a WordDocument stream)',
		],
		['random.pdf', Buffer.from('this is not a pdf at all'), 'corrupt: not a valid PDF'],
	])('refuses %s with one line naming the file and the reason, and exits 2', (name, bytes, reason) => {
		const directory = mkdtempSync(join(tmpdir(), 'jixiao-'));
		const path = join(directory, name);
		writeFileSync(path, bytes);
		const result = cli('parse', path);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain(`${path}: ${reason}`);
		expect(readdirSync(directory)).toEqual([name]);
	});

	it.each([
		['fixtures/pdf/encrypted.pdf', 'encrypted: encrypted PDF (a password is needed to open it)'],
		['fixtures/broken/truncated.pdf', 'corrupt: not a readable PDF'],
		['fixtures/broken/truncated.docx', 'corrupt: not a readable DOCX (zip archive damaged'],
		['fixtures/broken/random-bytes.docx', 'corrupt: not a valid DOCX file'],
		['fixtures/broken/empty.docx', 'empty: the document holds no text'],
		['fixtures/broken/empty.txt', 'empty: empty file'],
		['fixtures/broken/legacy.doc', 'corrupt: not a readable Word 97-2003 .doc (an OLE file without a WordDocument'],
	])('refuses %s with one line and writes nothing', (fixture, reason) => {
		const directory = mkdtempSync(join(tmpdir(), 'jixiao-'));
		const path = join(directory, fixture.split('/').at(-1)!);
		copyFileSync(fixture, path);
		const result = cli('parse', path);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain(`${path}: ${reason}`);
		expect(readdirSync(directory)).toEqual([path.split('/').at(-1)]);
	});

	it.each([
		['report.wps', 'corrupt: not a readable WPS .wps (an OLE file without a WordDocument stream)'],
		['report.xls', 'corrupt: not a readable Excel 97-2003 .xls (an OLE file without a Workbook or Book stream)'],
		['slides.ppt', 'unsupported: unsupported format: PowerPoint .ppt; convert to DOCX/PDF'],
	])('names what is wrong with %s, an OLE file of no stream jixiao reads', (name, said) => {
		const directory = mkdtempSync(join(tmpdir(), 'jixiao-'));
		const path = join(directory, name);
		writeFileSync(
			path,
			Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
		);
		const result = cli('parse', path);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`${path}: ${said}`);
	});

	it('names a missing file', () => {
		const result = cli('parse', 'no/such/file.txt');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('no/such/file.txt: unreadable: no such file');
	});
});

describe('jixiao audit', () => {
	it('prints findings like a linter and exits 1 on errors', () => {
		const result = cli('audit', seed000, seed002);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/^fixtures\/000_7584c7280180b575\.txt$/m);
		expect(result.stdout).toMatch(/57:29 +error +.*3\.4倍.* ratio-mismatch/);
		expect(result.stdout).toMatch(/8 findings \(3 error, 3 warning, 2 info\) in 2 files/);
	});

	it('exits 0 when only info findings exist, and prints JSON on request', () => {
		const result = cli('audit', '--format', 'json', seed002);
		expect(result.status).toBe(0);
		const [file] = JSON.parse(result.stdout);
		expect(
			file.findings.map((finding: {rule: string; severity: string}) => `${finding.rule}:${finding.severity}`),
		).toEqual(['sum-mismatch:info', 'sum-mismatch:info']);
	});
});

describe('jixiao report', () => {
	it('says in one line when the folder is not an ingest output', () => {
		const directory = mkdtempSync(join(tmpdir(), 'jixiao-'));
		const result = cli('report', directory);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`${directory} is not an ingest output folder (no reports.ndjson)`);
		expect(readdirSync(directory)).toEqual([]);
	});
});

describe('jixiao rules and schema', () => {
	it('lists every rule with its severity', () => {
		const result = cli('rules');
		expect(result.stdout).toMatch(/^year-mismatch +error +/m);
		expect(result.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(14);
	});

	it('prints a JSON Schema generated from the zod schema', () => {
		const schema = JSON.parse(cli('schema').stdout);
		expect(schema.$schema).toContain('2020-12');
		expect(schema.properties.facts.type).toBe('array');
	});
});

describe('the command line in Chinese (the default)', () => {
	it('prints findings, severities and the summary in Chinese', () => {
		const result = cliIn(undefined, 'audit', seed000);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(
			/57:29 +错误 +一是人员增加3\.4倍与所列数字不符：现为21，增加15，应为2\.5倍或3\.5倍 +ratio-mismatch/,
		);
		expect(result.stdout).toMatch(/1个文件中共\d+条发现（错误\d+条，警告\d+条，提示\d+条）/);
	});

	it('names the reason an unreadable file fails in Chinese, with its stable identifier', () => {
		const result = cliIn(undefined, 'parse', 'no/such/file.txt');
		expect(result.status).toBe(2);
		expect(result.stderr.trim()).toBe('jixiao: no/such/file.txt：文件无法打开（unreadable）：no such file');
	});

	it('says usage errors and help in Chinese, and in English with --lang en or JIXIAO_LANG=en', () => {
		expect(cliIn(undefined, 'parse').stderr).toContain('parse 只接受一个文件');
		expect(cliIn(undefined, 'parse', '--lang', 'en').stderr).toContain('parse takes exactly one FILE');
		expect(cliIn('en', 'parse').stderr).toContain('parse takes exactly one FILE');
		expect(cliIn(undefined, 'ingest', '--help').stdout).toMatch(/^用法：jixiao ingest 输入\.\.\. --out 目录/);
		expect(cliIn('en', 'ingest', '--help').stdout).toMatch(/^usage: jixiao ingest INPUT\.\.\. --out DIR/);
		const wrong = cliIn(undefined, 'rules', '--lang', 'fr');
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toContain('--lang 应为 zh 或 en，实际为 fr');
	});

	it('lists the rules with Chinese descriptions', () => {
		expect(cliIn(undefined, 'rules').stdout).toMatch(/^score-grade-mismatch +error +得分与评价等级不符。$/m);
		expect(cliIn('en', 'rules').stdout).toMatch(/^score-grade-mismatch +error +The score and the grade disagree\.$/m);
	});

	it('writes the JSON with the same rule, messageId and data in either language', () => {
		const chinese = JSON.parse(cliIn(undefined, 'parse', seed000).stdout);
		const english = JSON.parse(cliIn('en', 'parse', seed000).stdout);
		const ids = (report: {findings: Array<{rule: string; messageId: string; data: unknown}>}) =>
			report.findings.map(({rule, messageId, data}) => ({rule, messageId, data}));
		expect(ids(chinese)).toEqual(ids(english));
		expect(chinese.findings[0].message).not.toBe(english.findings[0].message);
	});
});
