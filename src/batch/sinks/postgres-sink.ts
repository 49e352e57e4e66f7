/**
A shared PostgreSQL database (node-postgres) that any number of runs and machines write into. The
schema comes by migration (postgres-migrations.ts). Rows go in one transaction per batch of inputs,
each table in one statement whose columns are arrays (INSERT … SELECT FROM unnest: one round trip
per table, no limit on the parameter count, measured against row-at-a-time inserts in the README).

A report is keyed by its content id: writing it again (a re-run, a resumed run, a second shard with
the same bytes under another name) replaces its rows rather than adding to them, so the tables hold
exactly one copy of each report. Its path is the least of the names it was written under, whatever
the order the shards arrive in. An input's row and its error row are keyed by path. Reports in a
batch are written in id order, so two shards writing the same reports lock them in the same order
and never deadlock.
*/
import pg from 'pg';
import {RunError} from '../../errors.js';
import {errorRow, inputRow, type InputRecord, type Row, TABLES, type TableName} from '../rows.js';
import {migrate} from './postgres-migrations.js';
import type {ErrorEntry, ReportEntry, Sink} from './sink.js';

const ARRAY_TYPE = {TEXT: 'text[]', REAL: 'float8[]', INTEGER: 'int4[]'} as const;

/** Inputs per transaction: a few thousand rows per table, one round trip each. */
const BATCH_INPUTS = 500;

/** The one-line error for a database that cannot be reached or used. */
const unusable = (url: string, error: unknown) =>
	new RunError('error.database', {url: redactedUrl(url), detail: (error as Error).message});

/**
A connected client whose dropped connection fails the next query (which says so) instead of the
process: pg emits an 'error' event when the server goes away between queries, and an unheard one
is a crash. A database that cannot be reached is a RunError naming it.
*/
async function connect(url: string): Promise<pg.Client> {
	const client = new pg.Client({connectionString: url, application_name: 'jixiao ingest'});
	client.on('error', () => undefined);
	try {
		await client.connect();
	} catch (error) {
		await client.end().catch(() => {});
		throw unusable(url, error);
	}
	return client;
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
	return url.replace(/(\/\/[^:/@]+:)[^@]*@/u, '$1***@');
}

/** `INSERT INTO table (columns) SELECT * FROM unnest($1::type[], …)`, with the rows as one array per column. */
function unnestInsert(table: TableName, rows: Row[], suffix = ''): {text: string; values: unknown[][]} {
	const columns = TABLES[table];
	const values = columns.map((_, index) => rows.map((row) => row[index] ?? null));
	const arrays = columns.map((column, index) => `$${index + 1}::${ARRAY_TYPE[column.type]}`);
	const names = columns.map((column) => column.name).join(', ');
	return {text: `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays.join(', ')}) ${suffix}`, values};
}

/** ON CONFLICT clause that overwrites every column but the key (and keeps the least path of a report). */
function upsert(table: TableName, key: string): string {
	const assignments = TABLES[table]
		.filter((column) => column.name !== key)
		.map((column) =>
			table === 'reports' && column.name === 'path'
				? `path = LEAST(${table}.path COLLATE "C", EXCLUDED.path COLLATE "C")`
				: `${column.name} = EXCLUDED.${column.name}`,
		);
	return `ON CONFLICT (${key}) DO UPDATE SET ${assignments.join(', ')}`;
}

export class PostgresSink implements Sink {
	private inputs: Row[] = [];
	private errors: Row[] = [];
	private reports: ReportEntry[] = [];

	private constructor(private readonly url: string) {}

	/**
	Connects, migrates and lets go. Each batch connects again and lets go when written: batches come
	as the files are read, minutes apart (hours with OCR), and an idle connection may be closed under
	a run by the server, a proxy or a firewall. A database that cannot be reached or migrated is a
	RunError naming it.
	*/
	static async open(url: string): Promise<PostgresSink> {
		const client = await connect(url);
		try {
			await migrate(client);
		} catch (error) {
			throw unusable(url, error);
		} finally {
			await client.end().catch(() => {});
		}
		return new PostgresSink(url);
	}

	async addInput(record: InputRecord): Promise<void> {
		// Flushed before, not after: an input and its report (added next) share a transaction.
		if (this.inputs.length >= BATCH_INPUTS) await this.flush();
		this.inputs.push(inputRow(record));
	}

	addReport(entry: ReportEntry): void {
		this.reports.push(entry);
	}

	addError(error: ErrorEntry): void {
		this.errors.push(errorRow(error.path, error));
	}

	async commit(): Promise<void> {
		await this.flush();
	}

	/** Drops what is pending (the run failed): the batches written stand, each whole. */
	async abandon(): Promise<void> {
		this.inputs = [];
		this.errors = [];
		this.reports = [];
	}

	/** Writes the pending batch in one transaction. */
	private async flush(): Promise<void> {
		if (this.inputs.length === 0 && this.reports.length === 0 && this.errors.length === 0) return;
		const reports = [...new Map(this.reports.map((entry) => [entry.id, entry])).values()].sort((a, b) =>
			a.id < b.id ? -1 : 1,
		);
		const inputs = this.inputs;
		const errors = this.errors;
		this.inputs = [];
		this.errors = [];
		this.reports = [];
		const ids = reports.map((entry) => entry.id);
		const client = await connect(this.url);
		const run = async ({text, values}: {text: string; values: unknown[]}) => {
			await client.query(text, values);
		};
		try {
			await client.query('BEGIN');
			if (reports.length > 0) {
				await run(
					unnestInsert(
						'reports',
						reports.map((entry) => entry.rows.reports[0]!),
						upsert('reports', 'id'),
					),
				);
				for (const table of ['facts', 'indicators', 'findings'] as const) {
					await run({text: `DELETE FROM ${table} WHERE report_id = ANY($1::text[])`, values: [ids]});
					const rows = reports.flatMap((entry) => entry.rows[table]);
					if (rows.length > 0) await run(unnestInsert(table, rows));
				}
			}
			// An input read now clears the error an earlier run left under its path.
			const paths = inputs.map((row) => row[0]);
			await run({text: 'DELETE FROM errors WHERE path = ANY($1::text[])', values: [paths]});
			if (errors.length > 0) await run(unnestInsert('errors', errors, upsert('errors', 'path')));
			if (inputs.length > 0) await run(unnestInsert('inputs', inputs, upsert('inputs', 'path')));
			await client.query('COMMIT');
		} catch (error) {
			await client.query('ROLLBACK').catch(() => {});
			throw new RunError('error.databaseWrite', {detail: (error as Error).message});
		} finally {
			await client.end().catch(() => {});
		}
	}
}
