import {createHash} from 'node:crypto';
import {existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {beforeAll, describe, expect, it} from 'vitest';
import {ingest} from '../../src/batch/ingest.js';
// @ts-expect-error: a plain ESM script shared with the benchmark
import {makeArchive} from '../../scripts/make-archive.mjs';
import {ingestKilledMidway} from '../helpers/kill-midway.js';

const AGGREGATES = ['reports.ndjson', 'facts.csv', 'indicators.csv', 'findings.csv', 'errors.ndjson'];

function tableRows(dir: string): Record<string, unknown[]> {
	const db = new Database(join(dir, 'jixiao.sqlite'), {readonly: true});
	const rows = Object.fromEntries(
		['reports', 'facts', 'indicators', 'findings', 'errors', 'inputs'].map((table) => [
			table,
			db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
		]),
	);
	db.close();
	return rows;
}

/** Digests, not bytes: deep-comparing megabytes of Buffer in the test runner takes minutes. */
const outputs = (dir: string) =>
	Object.fromEntries(
		AGGREGATES.map((name) => [
			name,
			createHash('sha256')
				.update(readFileSync(join(dir, name)))
				.digest('hex'),
		]),
	);
const scratch = () => mkdtempSync(join(tmpdir(), 'jixiao-ingest-'));

describe('ingest of 300 mixed reports with broken files and a zip', () => {
	let archive: string;
	let out: string;
	let written: {
		reports: string[];
		broken: string[];
		skipped: string[];
		zipped: {reports: number; broken: number; skipped: number};
	};
	let summary: Awaited<ReturnType<typeof ingest>>;

	beforeAll(async () => {
		archive = scratch();
		out = join(scratch(), 'out');
		written = await makeArchive(archive, {count: 300, mix: {txt: 0.6, docx: 0.3, pdf: 0.1}, broken: true});
		summary = await ingest({inputs: [archive], out, concurrency: 2});
	}, 180_000);

	it('puts every good file in reports.ndjson and the database', () => {
		const reports = readFileSync(join(out, 'reports.ndjson'), 'utf8')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		const paths = new Set(reports.map((report) => report.source.path));
		for (const path of written.reports) expect(paths.has(path)).toBe(true);
		expect(reports.filter((report) => report.source.path.includes('archive.zip!/'))).toHaveLength(
			written.zipped.reports,
		);
		expect(paths.has(`${join(archive, 'archive.zip')}!/2024/报告.txt`)).toBe(true); // a GBK entry name, decoded
		expect(tableRows(out)['reports']).toHaveLength(written.reports.length + written.zipped.reports);
	});

	it('writes one errors.ndjson line per bad file with its reason class', () => {
		const errors = readFileSync(join(out, 'errors.ndjson'), 'utf8')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		const reasons = Object.fromEntries(errors.map((error) => [error.path.replace(/^.*[/!]/u, ''), error.reason]));
		expect(errors).toHaveLength(written.broken.length + written.zipped.broken);
		expect(reasons).toEqual({
			'empty.txt': 'empty',
			'encrypted.pdf': 'encrypted',
			'legacy.doc': 'corrupt',
			'random-bytes.docx': 'corrupt',
			'truncated.pdf': 'corrupt',
		});
		expect(tableRows(out)['errors']).toHaveLength(errors.length);
	});

	it('has summary counts that add up to the number of inputs', () => {
		const inputs =
			written.reports.length +
			written.broken.length +
			written.skipped.length +
			written.zipped.reports +
			written.zipped.broken +
			written.zipped.skipped;
		const fromFile = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
		expect(fromFile.inputs).toBe(inputs);
		expect(Object.values(fromFile.byStatus as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(inputs);
		expect(fromFile.byFormat).toEqual({txt: 181, docx: 91, pdf: 31});
		expect(summary.byRule['year-mismatch']).toBeGreaterThan(0);
	});

	it('tells the time spent in file jobs by format, failed files apart', () => {
		const fromFile = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
		expect(Object.keys(fromFile.jobSecondsByFormat).sort()).toEqual(['docx', 'failed', 'pdf', 'txt']);
		for (const seconds of Object.values(fromFile.jobSecondsByFormat as Record<string, number>))
			expect(seconds).toBeGreaterThan(0);
		// Summed over two workers, the jobs take at most twice the run.
		const total = Object.values(summary.jobSecondsByFormat).reduce((a, b) => a + b, 0);
		expect(total).toBeLessThanOrEqual(2 * summary.durationSeconds);
	});

	it('writes CSVs with a UTF-8 byte order mark', () => {
		for (const name of ['facts.csv', 'indicators.csv', 'findings.csv'])
			expect([...readFileSync(join(out, name)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('does no parsing on a second run and rewrites the same bytes', async () => {
		const before = outputs(out);
		const again = await ingest({inputs: [archive], out, concurrency: 2});
		expect(again.parsedThisRun).toBe(0);
		expect(again.jobSecondsByFormat).toEqual({});
		expect(outputs(out)).toEqual(before);
	}, 60_000);
});

describe('ingest resumed after kill -9', () => {
	it('gives byte-identical CSVs and the same database rows as an uninterrupted run', async () => {
		const archive = scratch();
		await makeArchive(archive, {count: 60, mix: {txt: 0.4, docx: 0.3, pdf: 0.3}, broken: true});
		const killed = join(scratch(), 'out');
		await ingestKilledMidway([archive], killed, 15);
		expect(existsSync(join(killed, 'summary.json'))).toBe(false); // really stopped midway
		const resumed = await ingest({inputs: [archive], out: killed, concurrency: 2});
		expect(resumed.cachedThisRun).toBeGreaterThanOrEqual(15);
		const clean = join(scratch(), 'out');
		await ingest({inputs: [archive], out: clean, concurrency: 2});
		expect(outputs(killed)).toEqual(outputs(clean));
		expect(tableRows(killed)).toEqual(tableRows(clean));
	}, 180_000);
});

describe('ingest limits', () => {
	it('refuses files over the size limit without reading them', async () => {
		const archive = scratch();
		const {reports} = await makeArchive(archive, {count: 4, mix: {txt: 0.5, docx: 0.5, pdf: 0}});
		const limit = 14_000;
		const summary = await ingest({inputs: [archive], out: join(scratch(), 'out'), maxBytes: limit});
		const over = (reports as string[]).filter((path) => statSync(path).size > limit).length;
		expect(over).toBeGreaterThan(0);
		expect(summary.byReason['too-large']).toBe(over);
		expect(summary.reports).toBe(reports.length - over);
	}, 60_000);

	it('gives the same outputs with and without worker threads', async () => {
		const archive = scratch();
		await makeArchive(archive, {count: 9, mix: {txt: 0.34, docx: 0.33, pdf: 0.33}, broken: true});
		const threaded = join(scratch(), 'out');
		const inline = join(scratch(), 'out');
		await ingest({inputs: [archive], out: threaded});
		await ingest({inputs: [archive], out: inline, workers: false});
		expect(outputs(inline)).toEqual(outputs(threaded));
	}, 60_000);
});

describe('ingest of the same content under several names', () => {
	const seed = readFileSync('fixtures/000_7584c7280180b575.txt');
	const reportLines = (out: string) =>
		readFileSync(join(out, 'reports.ndjson'), 'utf8')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as {source: {path: string}});

	it('reads the content once, names the first path in order and marks the others duplicates', async () => {
		const archive = scratch();
		for (const name of ['f.txt', 'c.txt', 'a.txt', 'e.txt', 'b.txt', 'd.txt']) writeFileSync(join(archive, name), seed);
		const out = join(scratch(), 'out');
		const summary = await ingest({inputs: [archive], out, concurrency: 3});
		expect(summary.parsedThisRun).toBe(1);
		expect(summary.duplicates).toBe(5);
		expect(reportLines(out).map((report) => report.source.path)).toEqual([join(archive, 'a.txt')]);
		const [file] = readdirSync(join(out, 'reports'));
		expect(JSON.parse(readFileSync(join(out, 'reports', file!), 'utf8')).source.path).toBe(join(archive, 'a.txt'));
	});

	it('names a file renamed between runs by its new path without reading it again', async () => {
		const archive = scratch();
		writeFileSync(join(archive, 'old.txt'), seed);
		const out = join(scratch(), 'out');
		await ingest({inputs: [archive], out, concurrency: 1});
		renameSync(join(archive, 'old.txt'), join(archive, 'new.txt'));
		const second = await ingest({inputs: [archive], out, concurrency: 1});
		expect(second.parsedThisRun).toBe(0);
		expect(reportLines(out).map((report) => report.source.path)).toEqual([join(archive, 'new.txt')]);
		const db = new Database(join(out, 'jixiao.sqlite'), {readonly: true});
		expect(db.prepare('SELECT path FROM inputs').all()).toEqual([{path: join(archive, 'new.txt')}]);
		db.close();
	});
});
