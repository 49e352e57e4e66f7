import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {describe, expect, it} from 'vitest';
import {ingest} from '../../src/batch/ingest.js';

describe('ingest of a folder with a file that is not a report', () => {
	it('lists it in errors.ndjson as not-a-report, counts it, keeps it out of every dashboard table, and does not fail the run', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'jixiao-not-report-'));
		writeFileSync(join(folder, 'note.txt'), 'not a report\n');
		writeFileSync(
			join(folder, 'rules.txt'),
			'某学院预算绩效管理办法（试行）\n第一章　总　则\n第一条　为规范预算绩效管理，制定本办法。\n',
		);
		writeFileSync(
			join(folder, 'report.txt'),
			'某局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n2023年度收入合计100.00万元。\n',
		);
		const out = join(mkdtempSync(join(tmpdir(), 'jixiao-not-report-out-')), 'out');

		const summary = await ingest({inputs: [folder], out, workers: false});

		expect(summary.byStatus).toMatchObject({ok: 1, failed: 0, 'not-a-report': 2});
		expect(summary.byReason).toEqual({'not-a-report': 2});
		const errors = readFileSync(join(out, 'errors.ndjson'), 'utf8')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		expect(errors.map((error) => [error.path.split('/').at(-1), error.reason])).toEqual([
			['note.txt', 'not-a-report'],
			['rules.txt', 'not-a-report'],
		]);
		expect(readFileSync(join(out, 'reports.ndjson'), 'utf8').trim().split('\n')).toHaveLength(1);
		const db = new Database(join(out, 'jixiao.sqlite'), {readonly: true});
		expect(db.prepare('SELECT count(*) AS n FROM reports').get()).toEqual({n: 1});
		db.close();

		const again = await ingest({inputs: [folder], out, workers: false});
		expect(again).toMatchObject({parsedThisRun: 0, byStatus: {'not-a-report': 2}});
	});
});
