import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {OutputStore} from '../../src/batch/store.js';

describe('the output folder knows which results it holds', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'jixiao-store-'));
	});
	afterEach(() => rmSync(dir, {recursive: true, force: true}));

	it('finds the reports and errors a killed run left, and only those', async () => {
		mkdirSync(join(dir, 'reports'), {recursive: true});
		mkdirSync(join(dir, '.jixiao', 'errors'), {recursive: true});
		writeFileSync(join(dir, 'reports', 'aaaa000011112222.json'), '{}\n');
		writeFileSync(join(dir, 'reports', 'bbbb000011112222.json.tmp-1-0'), '{"half');
		writeFileSync(join(dir, '.jixiao', 'errors', 'cccc000011112222.json'), '{"reason":"corrupt","message":"bad"}');
		const store = new OutputStore(dir);
		await store.open();
		try {
			expect(await store.hasReport('aaaa000011112222')).toBe(true);
			// A temporary file is no result: the run that wrote it was killed before the rename.
			expect(await store.hasReport('bbbb000011112222')).toBe(false);
			expect(readdirSync(join(dir, 'reports'))).toEqual(['aaaa000011112222.json']);
			expect(await store.readError('cccc000011112222')).toEqual({reason: 'corrupt', message: 'bad'});
			expect(await store.readError('aaaa000011112222')).toBeNull();
		} finally {
			await store.close();
		}
	});

	it('counts what it saves this run', async () => {
		const store = new OutputStore(dir);
		await store.open();
		try {
			expect(await store.hasReport('dddd000011112222')).toBe(false);
			await store.saveReport('dddd000011112222', '{}\n');
			expect(await store.hasReport('dddd000011112222')).toBe(true);
			await store.saveError('eeee000011112222', {reason: 'encrypted', message: 'locked'});
			expect(await store.readError('eeee000011112222')).toEqual({reason: 'encrypted', message: 'locked'});
		} finally {
			await store.close();
		}
	});

	it('asks the disk when it was not opened for a run (the HTML view reads a folder another run wrote)', async () => {
		mkdirSync(join(dir, 'reports'), {recursive: true});
		const reader = new OutputStore(dir);
		expect(await reader.hasReport('ffff000011112222')).toBe(false);
		writeFileSync(join(dir, 'reports', 'ffff000011112222.json'), '{}\n');
		expect(await reader.hasReport('ffff000011112222')).toBe(true);
	});
});
