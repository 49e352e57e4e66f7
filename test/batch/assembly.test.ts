import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {Assembly} from '../../src/batch/assemble.js';
import type {InputRecord} from '../../src/batch/rows.js';
import type {ErrorEntry, ReportEntry, Sink} from '../../src/batch/sinks/sink.js';
import {OutputStore} from '../../src/batch/store.js';
import {runFileJob} from '../../src/jobs/file-job.js';

/** What a sink was told, in order. */
class ListeningSink implements Sink {
	readonly told: string[] = [];
	committed = false;
	abandoned = false;
	constructor(private readonly failOn?: string) {}
	addInput(record: InputRecord): void {
		if (record.path === this.failOn) throw new Error('disk full');
		this.told.push(`input ${record.path} ${record.status}`);
	}
	addReport(entry: ReportEntry): void {
		this.told.push(`report ${entry.report.source.path}`);
	}
	addError(error: ErrorEntry): void {
		this.told.push(`error ${error.path} ${error.reason}`);
	}
	async commit(): Promise<void> {
		this.committed = true;
	}
	async abandon(): Promise<void> {
		this.abandoned = true;
	}
}

const failed = (path: string): InputRecord => ({
	path,
	sha256: null,
	id: null,
	format: null,
	status: 'failed',
	error: {reason: 'corrupt', message: 'broken'},
});

describe('Assembly', () => {
	let store: OutputStore;
	let reportText: string;

	beforeEach(async () => {
		store = new OutputStore(join(mkdtempSync(join(tmpdir(), 'jixiao-assembly-')), 'out'));
		await store.open();
		// A real report, as a file job writes it.
		const result = await runFileJob({
			path: 'fixtures/000_7584c7280180b575.txt',
			bytes: readFileSync('fixtures/000_7584c7280180b575.txt'),
			sha256: 'a'.repeat(64),
			forIngest: true,
		});
		if (result.status !== 'ok') throw new Error('the seed did not parse');
		reportText = result.reportJson;
	});
	afterEach(async () => {
		await store.close();
	});

	const ok = (path: string, id: string): InputRecord => ({
		path,
		sha256: id.padEnd(64, '0'),
		id,
		format: 'txt',
		status: 'ok',
		error: null,
	});

	it('tells the sinks every input in path order, whatever order they settle in, and commits once all are in', async () => {
		const sink = new ListeningSink();
		const assembly = new Assembly(store, 'en', [sink]);
		assembly.add(2, failed('c.pdf'));
		assembly.add(1, ok('b.txt', 'bbbb'), reportText);
		expect(sink.told).toEqual([]);
		assembly.add(0, failed('a.docx'));
		const tally = await assembly.finish(3);
		expect(sink.told).toEqual([
			'input a.docx failed',
			'error a.docx corrupt',
			'input b.txt ok',
			'report b.txt',
			'input c.pdf failed',
			'error c.pdf corrupt',
		]);
		expect(sink.committed).toBe(true);
		expect(tally).toMatchObject({reports: 1, failed: 2, duplicates: 0});
	});

	it('makes a later name of the same content a duplicate, and reads a cached report from the cache', async () => {
		await store.saveReport('cccc', reportText);
		const sink = new ListeningSink();
		const assembly = new Assembly(store, 'en', [sink]);
		const later = ok('z/copy.txt', 'cccc');
		assembly.add(1, later);
		assembly.add(0, ok('a/first.txt', 'cccc'));
		const tally = await assembly.finish(2);
		expect(sink.told).toEqual(['input a/first.txt ok', 'report a/first.txt', 'input z/copy.txt duplicate']);
		expect(later.status).toBe('duplicate');
		expect(tally).toMatchObject({reports: 1, duplicates: 1});
	});

	it('says when the first n inputs are with the sinks, so a run never gets far ahead of them', async () => {
		const assembly = new Assembly(store, 'en', [new ListeningSink()]);
		let fedTwo = false;
		const waiting = assembly.fed(2).then(() => {
			fedTwo = true;
		});
		assembly.add(1, failed('b'));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(fedTwo).toBe(false);
		assembly.add(0, failed('a'));
		await waiting;
		expect(fedTwo).toBe(true);
		await assembly.finish(2);
	});

	it('stops at a sink that fails: the run learns it, nothing is committed, and no one waits forever', async () => {
		const good = new ListeningSink();
		const bad = new ListeningSink('b');
		const assembly = new Assembly(store, 'en', [good, bad]);
		assembly.add(0, failed('a'));
		assembly.add(1, failed('b'));
		assembly.add(2, failed('c'));
		await assembly.fed(3);
		expect(assembly.failed).toBe(true);
		await expect(assembly.finish(3)).rejects.toThrow('disk full');
		expect(good.committed || bad.committed).toBe(false);
		expect(good.abandoned && bad.abandoned).toBe(true);
		expect(good.told.some((line) => line.includes(' c '))).toBe(false);
	});
});
