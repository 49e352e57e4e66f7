import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {beforeAll, describe, expect, it} from 'vitest';
import {Assembly} from '../../src/batch/assemble.js';
import {ingest} from '../../src/batch/ingest.js';
import {
	errorRow,
	type InputRecord,
	inputRow,
	reportRows,
	type Row,
	TABLES,
	type TableName,
} from '../../src/batch/rows.js';
import {FilesSink} from '../../src/batch/sinks/files-sink.js';
import type {ErrorEntry, ReportEntry, Sink} from '../../src/batch/sinks/sink.js';
import {OutputStore} from '../../src/batch/store.js';
import {reportOf} from '../helpers/parse-text.js';

/** A sink that keeps its rows in memory: what a new sink is given. */
class MemorySink implements Sink {
	readonly rows: Record<TableName, Row[]> = {
		reports: [],
		facts: [],
		indicators: [],
		findings: [],
		errors: [],
		inputs: [],
	};
	committed = false;
	addInput(record: InputRecord): void {
		this.rows.inputs.push(inputRow(record));
	}
	addReport({rows}: ReportEntry): void {
		for (const table of ['reports', 'facts', 'indicators', 'findings'] as const) this.rows[table].push(...rows[table]);
	}
	addError(error: ErrorEntry): void {
		this.rows.errors.push(errorRow(error.path, error));
	}
	async commit(): Promise<void> {
		this.committed = true;
	}
}

describe('a sink', () => {
	let out: string;
	let database: Database.Database;

	beforeAll(async () => {
		out = join(mkdtempSync(join(tmpdir(), 'jixiao-sinks-')), 'out');
		// Reports in text, Word and PDF, and broken files; the scans and Office twins (OCR, LibreOffice) add only minutes.
		await ingest({inputs: ['fixtures/corpus/docs', 'fixtures/docx', 'fixtures/broken'], out, concurrency: 2});
		database = new Database(join(out, 'jixiao.sqlite'), {readonly: true});
	}, 180_000);

	it('has the tables and columns of rows.ts in SQLite', () => {
		for (const [table, columns] of Object.entries(TABLES)) {
			const names = database.prepare(`PRAGMA table_info(${table})`).all() as Array<{name: string}>;
			expect(names.map((column) => column.name)).toEqual(columns.map((column) => column.name));
		}
	});

	it('is given the same rows as the SQLite database, in the same order, and committed once', async () => {
		const records = (
			database.prepare('SELECT path, sha256, report_id AS id, status FROM inputs ORDER BY rowid').all() as Array<
				Omit<InputRecord, 'format' | 'error'>
			>
		).map((input) => {
			const error = database.prepare('SELECT reason, message FROM errors WHERE path = ?').get(input.path) as
				| {reason: string; message: string}
				| undefined;
			return {...input, format: null, error: error ?? null} as InputRecord;
		});
		const memory = new MemorySink();
		const store = new OutputStore(out);
		await store.open();
		try {
			const assembly = new Assembly(store, 'zh', [memory]);
			for (const [index, record] of records.entries()) assembly.add(index, record);
			await assembly.finish(records.length);
		} finally {
			await store.close();
		}
		expect(memory.committed).toBe(true);
		expect(memory.rows.reports.length).toBeGreaterThan(2);
		expect(memory.rows.errors.length).toBeGreaterThan(0);
		for (const table of Object.keys(TABLES) as TableName[])
			expect(memory.rows[table]).toEqual(database.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().all());
	});
});

describe('the flat files', () => {
	it('hold every line whole, across the write buffer and past its size', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'jixiao-files-sink-'));
		const report = await reportOf('一、部门概况\n2024年度部门收入合计1,929.81万元，支出合计1,817.89万元。\n');
		const sink = new FilesSink(dir, (path) => `${path}.tmp`);
		const lines: string[] = [];
		// Titles of every length up to ~3 MB of UTF-8: lines end on both sides of each 1 MB flush,
		// and the longest is written past the buffer.
		for (let at = 0; at < 40; at++) {
			const entry = {
				id: `r${at}`,
				report: {...report, report: {...report.report, title: '报告'.repeat(at * at * 300)}},
				rows: reportRows(`r${at}`, report),
			};
			sink.addReport(entry);
			lines.push(`${JSON.stringify(entry.report)}\n`);
		}
		await sink.commit();
		expect(readFileSync(join(dir, 'reports.ndjson'), 'utf8')).toBe(lines.join(''));
		const facts = readFileSync(join(dir, 'facts.csv'), 'utf8').trimEnd().split('\r\n');
		expect(facts).toHaveLength(1 + 40 * report.facts.length);
	});
});
