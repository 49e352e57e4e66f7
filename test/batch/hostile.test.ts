import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ingest} from '../../src/batch/ingest.js';
// @ts-expect-error: a plain ESM script shared with the benchmark and the fuzz script
import {SHAPES} from '../../scripts/pathological.mjs';
import {zipBytes} from '../helpers/zip-bytes.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'jixiao-hostile-'));
const SEED = readFileSync('fixtures/000_7584c7280180b575.txt', 'utf8');
/** Good reports that differ in their bytes (each its own report id). */
const good = (index: number) => `${SEED}\n备注${index}\n`;
const lines = (path: string) =>
	readFileSync(path, 'utf8')
		.trim()
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Record<string, unknown> & {source: {path: string}});
const errorsOf = (out: string) =>
	Object.fromEntries(
		lines(join(out, 'errors.ndjson')).map((error) => [String(error['path']).replace(/^.*[/!]/u, ''), error['reason']]),
	);
/** The command line in English: these tests read its lines (the Chinese ones are tested in test/cli.test.ts). */
const cli = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
		encoding: 'utf8',
		env: {...process.env, JIXIAO_LANG: 'en'},
	});

describe('ingest under per-file limits', () => {
	it('times out a file whose analysis runs long, and every other report is what a run without it gives', async () => {
		const withSlow = scratch();
		const without = scratch();
		for (let index = 0; index < 3; index++)
			for (const dir of [withSlow, without]) writeFileSync(join(dir, `good-${index}.txt`), good(index));
		writeFileSync(join(withSlow, 'slow.txt'), SHAPES['numbered lines'](1_000_000));
		const slowOut = join(scratch(), 'out');
		const summary = await ingest({inputs: [withSlow], out: slowOut, timeoutMs: 8000});
		expect(summary.byReason).toEqual({timeout: 1});
		expect(summary.reports).toBe(3);
		const cleanOut = join(scratch(), 'out');
		await ingest({inputs: [without], out: cleanOut});
		const strip = (report: Record<string, unknown> & {source: {path: string}}) => ({
			...report,
			source: {...report.source, path: report.source.path.replace(/^.*\//u, '')},
		});
		expect(lines(join(slowOut, 'reports.ndjson')).map(strip)).toEqual(
			lines(join(cleanOut, 'reports.ndjson')).map(strip),
		);
	}, 120_000);

	it('never lets two files share a thread: crashing and timing-out files interleaved with good ones leave the good ones ok', async () => {
		const dir = scratch();
		for (let index = 0; index < 4; index++) {
			writeFileSync(join(dir, `${index}-good.txt`), good(index));
			// Runs out of a 96 MB heap: a compilation of 2,000 copies (24 MB).
			writeFileSync(join(dir, `${index}-huge.txt`), `${`${SEED}\n`.repeat(2000)}（${index}）`);
			writeFileSync(join(dir, `${index}-slow.txt`), SHAPES['numbered lines'](1_000_000 + index));
		}
		for (let run = 0; run < 2; run++) {
			const out = join(scratch(), 'out');
			// A time limit generous for a good report even on a loaded machine, far short of the slow ones.
			const summary = await ingest({inputs: [dir], out, timeoutMs: 8000, memoryMb: 96});
			const reasons = errorsOf(out);
			expect(summary.reports, JSON.stringify(reasons)).toBe(4);
			for (let index = 0; index < 4; index++) {
				expect(reasons[`${index}-good.txt`]).toBeUndefined();
				// Out of memory or out of time, whichever comes first: either way the thread is replaced.
				expect(['too-large', 'timeout']).toContain(reasons[`${index}-slow.txt`]);
				expect(['too-large', 'timeout']).toContain(reasons[`${index}-huge.txt`]);
			}
		}
	}, 300_000);

	it('does not let a rejection a PDF read leaves behind crash the thread under the next file', async () => {
		const {WorkerPool} = await import('../../src/jobs/worker-pool.js');
		const pool = new WorkerPool(1, {timeoutMs: 60_000, memoryMb: 1024});
		try {
			// pdf.js rejects a promise about this file's broken cross-reference table after the job has answered.
			const broken = await pool.run({
				path: 'broken.pdf',
				bytes: readFileSync('fixtures/broken/leftover-rejection.pdf'),
				sha256: '0'.repeat(64),
				forIngest: true,
			});
			expect(broken.status).toBe('failed');
			const next = await pool.run({
				path: 'next.docx',
				bytes: readFileSync('fixtures/docx/000_7584c7280180b575.docx'),
				sha256: '1'.repeat(64),
				forIngest: true,
			});
			expect(next.status).toBe('ok');
		} finally {
			await pool.close();
		}
	}, 60_000);

	it('drops the same leftover on the calling thread too (--no-workers, the library): one line, no crash', () => {
		const result = cli('parse', '--no-workers', 'fixtures/broken/leftover-rejection.pdf');
		expect([result.status, result.stderr]).toEqual([
			2,
			'jixiao: fixtures/broken/leftover-rejection.pdf: no-text: no text layer on pages 1\n',
		]);
	}, 60_000);

	it('retries on the next run what depends on the limits (a timeout) instead of caching it', async () => {
		const dir = scratch();
		writeFileSync(join(dir, 'slow.txt'), SHAPES['numbered lines'](60_000));
		const out = join(scratch(), 'out');
		expect((await ingest({inputs: [dir], out, timeoutMs: 50})).byReason).toEqual({timeout: 1});
		const again = await ingest({inputs: [dir], out, timeoutMs: 120_000});
		expect(again.parsedThisRun).toBe(1);
		expect(again.reports).toBe(1);
	}, 180_000);
});

describe("errors that are not the document's", () => {
	it('reports a failed write of the result as io and caches nothing, so the next run redoes the file', async () => {
		const dir = scratch();
		const text = good(9);
		writeFileSync(join(dir, 'r.txt'), text);
		const out = join(scratch(), 'out');
		const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
		// A folder where the result's text view goes: the rename that writes it fails (EISDIR), as a full disk would.
		mkdirSync(join(out, '.jixiao', 'views', `${id}.json`), {recursive: true});
		const first = await ingest({inputs: [dir], out});
		expect(errorsOf(out)).toEqual({'r.txt': 'io'});
		expect(first.failed).toBe(1);
		rmSync(join(out, '.jixiao', 'views', `${id}.json`), {recursive: true});
		const again = await ingest({inputs: [dir], out});
		expect([again.parsedThisRun, again.reports, again.failed]).toEqual([1, 1, 0]);
	}, 60_000);
});

describe('parse under the same limits', () => {
	it('refuses a file over --max-size and stops one over --timeout, each with one line and exit 2', () => {
		const dir = scratch();
		const slow = join(dir, 'slow.txt');
		writeFileSync(slow, SHAPES['numbered lines'](1_000_000));
		const timedOut = cli('parse', '--timeout', '2', slow);
		expect([timedOut.status, timedOut.stdout, timedOut.stderr]).toEqual([
			2,
			'',
			`jixiao: ${slow}: timeout: gave up after 2 s\n`,
		]);
		const tooLarge = cli('parse', slow, '--max-size', '1');
		expect([tooLarge.status, tooLarge.stderr]).toEqual([
			2,
			expect.stringMatching(/^jixiao: .*slow\.txt: too-large: \d+\.\d MB is over the 1 MB limit \(--max-size\)\n$/u),
		]);
	}, 120_000);
});

describe('ingest of archives that lie', () => {
	it('turns an entry inflating far past what it declares into one error line and goes on', async () => {
		const dir = scratch();
		writeFileSync(
			join(dir, 'lying.zip'),
			zipBytes([
				{name: 'a.txt', data: Buffer.from(good(1))},
				{name: 'bomb.txt', data: Buffer.alloc(60 * 1024 * 1024, 0x41), declaredSize: 1000},
				{name: 'small-lie.txt', data: Buffer.from(good(2).repeat(3)), declaredSize: 100},
				{name: 'c.txt', data: Buffer.from(good(3))},
			]),
		);
		const out = join(scratch(), 'out');
		const summary = await ingest({inputs: [dir], out, maxBytes: 8 * 1024 * 1024});
		expect(summary.reports).toBe(2);
		expect(errorsOf(out)).toEqual({'bomb.txt': 'too-large', 'small-lie.txt': 'corrupt'});
		expect(lines(join(out, 'errors.ndjson')).map((error) => error['message'])).toEqual([
			expect.stringMatching(/inflates to more than the 8 MB limit \(declares 1000 bytes\)/u),
			expect.stringMatching(/declares 100 bytes but holds/u),
		]);
	}, 60_000);
});

describe('the output folder', () => {
	it('is locked by the run that uses it: a second run says so and exits 2, a stale lock is taken over', async () => {
		const dir = scratch();
		for (let index = 0; index < 6; index++) writeFileSync(join(dir, `r${index}.txt`), good(index));
		const out = join(scratch(), 'out');
		const first = ingest({inputs: [dir], out});
		while (!existsSync(join(out, '.jixiao', 'lock'))) await new Promise((resolve) => setTimeout(resolve, 5));
		await expect(ingest({inputs: [dir], out})).rejects.toThrow(/in use by another jixiao run/u);
		expect((await first).reports).toBe(6);
		writeFileSync(
			join(out, '.jixiao', 'lock'),
			JSON.stringify({pid: 2 ** 22 + 7, host: (await import('node:os')).hostname()}),
		);
		expect((await ingest({inputs: [dir], out})).reports).toBe(6);
		// The command line: one line, exit 2.
		writeFileSync(join(out, '.jixiao', 'lock'), JSON.stringify({pid: process.pid, host: 'another-machine'}));
		const locked = cli('ingest', dir, '--out', out, '--quiet');
		expect(locked.status).toBe(2);
		expect(locked.stderr.trim().split('\n')).toEqual([
			expect.stringMatching(/^jixiao: .*in use by another jixiao run \(pid \d+ on another-machine\)/u),
		]);
	}, 120_000);

	it('is never read as input, and a file in its place is one clear line', async () => {
		const dir = scratch();
		writeFileSync(join(dir, 'r.txt'), good(1));
		const out = join(dir, 'out');
		await ingest({inputs: [dir], out});
		writeFileSync(join(out, 'stray.txt'), good(2));
		const again = await ingest({inputs: [dir, `${dir}/**/*.txt`], out});
		expect(again.reports).toBe(1);
		expect(again.bySkipReason['output-folder']).toBeGreaterThan(0);
		const blocked = join(scratch(), 'a-file');
		writeFileSync(blocked, 'x');
		const result = cli('ingest', dir, '--out', blocked, '--quiet');
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/^jixiao: cannot write to --out .*a-file: a file is in the way\n$/u);
	}, 60_000);
});

describe('links and spreadsheets', () => {
	it('never follows symbolic links in folders or globs, and counts them as skipped', async () => {
		const dir = scratch();
		writeFileSync(join(dir, 'r.txt'), good(1));
		const outside = scratch();
		writeFileSync(join(outside, 'secret.txt'), good(2));
		symlinkSync(join(outside, 'secret.txt'), join(dir, 'secret.txt'));
		symlinkSync(outside, join(dir, 'linked-folder'));
		for (const input of [dir, `${dir}/*.txt`]) {
			const out = join(scratch(), 'out');
			const summary = await ingest({inputs: [input], out});
			expect(summary.reports).toBe(1);
			expect(summary.bySkipReason['symbolic-link']).toBeGreaterThanOrEqual(1);
			expect(readFileSync(join(out, 'reports.ndjson'), 'utf8')).not.toContain('secret');
		}
	}, 60_000);

	it('defuses a formula in a title before it reaches facts.csv and findings.csv', async () => {
		const dir = scratch();
		mkdirSync(join(dir, '=cmd'));
		writeFileSync(
			join(dir, '=cmd', 'r.txt'),
			SEED.replace(/^.*\n/u, '=HYPERLINK("http://example.invalid","点击")局2025年度部门整体支出绩效自评报告\n'),
		);
		const out = join(scratch(), 'out');
		await ingest({inputs: [dir], out});
		for (const name of ['facts.csv', 'findings.csv']) {
			const cells = readFileSync(join(out, name), 'utf8')
				.split(/\r\n/u)
				.flatMap((row) => row.split(','));
			expect(cells.filter((cell) => /^"?[=+@]/u.test(cell))).toEqual([]);
		}
		expect(readFileSync(join(out, 'reports.ndjson'), 'utf8')).toContain('=HYPERLINK');
	}, 60_000);
});
