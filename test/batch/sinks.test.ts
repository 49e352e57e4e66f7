import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {beforeAll, describe, expect, it} from 'vitest';
import {Assembly} from '../../src/batch/assemble.js';
import {ingest} from '../../src/batch/ingest.js';
import {errorRow, type InputRecord, inputRow, type Row, TABLES, type TableName} from '../../src/batch/rows.js';
import type {ErrorEntry, ReportEntry, Sink} from '../../src/batch/sinks/sink.js';
import {OutputStore} from '../../src/batch/store.js';

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
