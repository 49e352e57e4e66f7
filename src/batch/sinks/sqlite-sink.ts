/**
The dashboard database DIR/jixiao.sqlite (better-sqlite3): the tables of rows.ts with their indexes,
and the dashboard views of views.ts,
written in one transaction to a temporary file that replaces the database on commit.
*/
import {renameSync, rmSync} from 'node:fs';
import Database from 'better-sqlite3';
import {errorRow, INDEXES, inputRow, type InputRecord, TABLES, type TableName} from '../rows.js';
import type {ErrorEntry, ReportEntry, Sink} from './sink.js';
import {createViews} from './views.js';

/** CREATE TABLE and CREATE INDEX statements for the tables of rows.ts, and the dashboard views. */
function sqliteSchema(): string {
	const tables = Object.entries(TABLES).map(([table, columns]) => {
		const definitions = columns.map(
			(column) =>
				`${column.name} ${column.type}${column.key ? ' PRIMARY KEY' : ''}${column.notNull ? ' NOT NULL' : ''}`,
		);
		return `CREATE TABLE ${table} (${definitions.join(', ')});`;
	});
	const indexes = INDEXES.map(
		({table, columns}) => `CREATE INDEX ${table}_${columns.join('_')} ON ${table}(${columns.join(', ')});`,
	);
	return [...tables, ...indexes, createViews()].join('\n');
}

export class SqliteSink implements Sink {
	private readonly db: Database.Database;
	private readonly insert: Record<TableName, Database.Statement>;

	constructor(
		private readonly path: string,
		private readonly temporary: string,
	) {
		rmSync(temporary, {force: true});
		this.db = new Database(temporary);
		// A fresh file renamed into place on commit: the journal buys nothing.
		this.db.pragma('journal_mode = OFF');
		this.db.pragma('synchronous = OFF');
		this.db.exec(sqliteSchema());
		this.insert = Object.fromEntries(
			Object.entries(TABLES).map(([table, columns]) => [
				table,
				this.db.prepare(`INSERT INTO ${table} VALUES (${columns.map(() => '?').join(',')})`),
			]),
		) as Record<TableName, Database.Statement>;
		this.db.exec('BEGIN');
	}

	addInput(record: InputRecord): void {
		this.insert.inputs.run(inputRow(record));
	}

	addReport({rows}: ReportEntry): void {
		for (const table of ['reports', 'facts', 'indicators', 'findings'] as const)
			for (const row of rows[table]) this.insert[table].run(row);
	}

	addError(error: ErrorEntry): void {
		this.insert.errors.run(errorRow(error.path, error));
	}

	async commit(): Promise<void> {
		this.db.exec('COMMIT');
		this.db.close();
		renameSync(this.temporary, this.path);
	}
}
