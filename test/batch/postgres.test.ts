import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ingest} from '../../src/batch/ingest.js';
import {TABLES} from '../../src/batch/rows.js';
import {migrate} from '../../src/batch/sinks/postgres-migrations.js';
import {PostgresSink} from '../../src/batch/sinks/postgres-sink.js';
import {VIEWS} from '../../src/batch/sinks/views.js';
import {ingestKilledMidway} from '../helpers/kill-midway.js';
import {createDatabase, type Postgres, startPostgres} from '../helpers/postgres.js';

const scratches: string[] = [];
const scratch = () => {
	const dir = mkdtempSync(join(tmpdir(), 'jixiao-pg-test-'));
	scratches.push(dir);
	return dir;
};
const REPORT_TABLES = ['reports', 'facts', 'indicators', 'findings'] as const;
const ALL_TABLES = Object.keys(TABLES);

/** An archive with text and Word reports, the two seeds, one seed again under another name, and broken files. */
function makeArchive(): string {
	const root = join(scratch(), 'archive');
	cpSync('fixtures/corpus/docs', join(root, 'corpus'), {recursive: true, filter: (path) => !path.endsWith('.pdf')});
	cpSync('fixtures/000_7584c7280180b575.txt', join(root, 'seeds', '000.txt'));
	cpSync('fixtures/002_bc18d932a785869a.txt', join(root, 'seeds', '002.txt'));
	cpSync('fixtures/002_bc18d932a785869a.txt', join(root, 'zz-resubmitted', '002-again.txt'));
	cpSync('fixtures/broken', join(root, 'broken'), {recursive: true});
	return root;
}

async function query<Row = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
	const client = new pg.Client({connectionString: url});
	await client.connect();
	try {
		return (await client.query(text, values)).rows as Row[];
	} finally {
		await client.end();
	}
}

/** Every table's rows as sorted JSON lines: the comparison ignores the order rows were written in. */
async function postgresRows(url: string, tables = ALL_TABLES): Promise<Record<string, string[]>> {
	const result: Record<string, string[]> = {};
	for (const table of tables)
		result[table] = (await query(url, `SELECT * FROM ${table}`)).map((row) => JSON.stringify(row)).sort();
	return result;
}

function sqliteRows(out: string, tables = ALL_TABLES): Record<string, string[]> {
	const db = new Database(join(out, 'jixiao.sqlite'), {readonly: true});
	try {
		return Object.fromEntries(
			tables.map((table) => [
				table,
				(db.prepare(`SELECT * FROM ${table}`).all() as object[]).map((row) => JSON.stringify(row)).sort(),
			]),
		);
	} finally {
		db.close();
	}
}

describe('ingest --db postgres://', () => {
	let server: Postgres;
	let archive: string;
	let single: string;
	let singleOut: string;

	beforeAll(async () => {
		server = await startPostgres();
		archive = makeArchive();
		single = await createDatabase(server, 'single');
		singleOut = join(scratch(), 'out');
		await ingest({inputs: [archive], out: singleOut, database: single, concurrency: 2});
	}, 180_000);

	afterAll(async () => {
		await server?.stop();
		for (const dir of scratches) rmSync(dir, {recursive: true, force: true});
	});

	it('migrates to exactly the tables and columns of rows.ts, and a second migration changes nothing', async () => {
		for (const [table, columns] of Object.entries(TABLES)) {
			const names = await query<{column_name: string}>(
				single,
				"SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND table_schema = 'public' ORDER BY ordinal_position",
				[table],
			);
			expect(names.map((row) => row.column_name)).toEqual(columns.map((column) => column.name));
		}
		const before = await query(single, 'SELECT version, name, checksum, applied_at FROM jixiao_migrations');
		const client = new pg.Client({connectionString: single});
		await client.connect();
		await migrate(client);
		await client.end();
		expect(await query(single, 'SELECT version, name, checksum, applied_at FROM jixiao_migrations')).toEqual(before);
	});

	it('migrates once when several shards start on an empty database at the same moment', async () => {
		const url = await createDatabase(server, 'racing');
		const clients = [1, 2, 3].map(() => new pg.Client({connectionString: url}));
		await Promise.all(clients.map((client) => client.connect()));
		await Promise.all(clients.map((client) => migrate(client)));
		await Promise.all(clients.map((client) => client.end()));
		const applied = await query<{version: number}>(url, 'SELECT version FROM jixiao_migrations ORDER BY version');
		expect(applied.map((row) => row.version)).toEqual([0, 1]);
	});

	it('holds the same rows as the SQLite database of the same run', async () => {
		const rows = await postgresRows(single);
		expect(rows.reports!.length).toBeGreaterThan(40);
		expect(rows.facts!.length).toBeGreaterThan(500);
		expect(rows).toEqual(sqliteRows(singleOut));
	});

	it('changes no row on a re-run, from the cache or parsed again into a new folder', async () => {
		const before = await postgresRows(single);
		const cached = await ingest({inputs: [archive], out: singleOut, database: single, concurrency: 2});
		expect(cached.parsedThisRun).toBe(0);
		expect(await postgresRows(single)).toEqual(before);
		await ingest({inputs: [archive], out: join(scratch(), 'out'), database: single, concurrency: 2});
		expect(await postgresRows(single)).toEqual(before);
	}, 180_000);

	it('gives exactly the rows of a single run when three shards write into one database at once', async () => {
		const url = await createDatabase(server, 'sharded');
		const summaries = await Promise.all(
			[1, 2, 3].map((index) =>
				ingest({
					inputs: [archive],
					out: join(scratch(), `shard-${index}`),
					database: url,
					shard: {index, count: 3},
					concurrency: 1,
				}),
			),
		);
		expect(summaries.every((summary) => summary.reports > 0)).toBe(true);
		const sharded = await postgresRows(url, [...REPORT_TABLES, 'errors']);
		expect(sharded).toEqual(await postgresRows(single, [...REPORT_TABLES, 'errors']));
		// Inputs: the same paths, contents and report ids. A copy whose twin fell in another shard is
		// recorded as read rather than as a duplicate: no shard knows of the other.
		const inputs = async (database: string) =>
			(await query(database, 'SELECT path, sha256, report_id FROM inputs')).map((row) => JSON.stringify(row)).sort();
		expect(await inputs(url)).toEqual(await inputs(single));
	}, 240_000);

	it('gives the rows of a single run when a run is killed with kill -9 and resumed', async () => {
		const url = await createDatabase(server, 'resumed');
		const out = join(scratch(), 'out');
		await ingestKilledMidway([archive, '--db', url], out, 10);
		expect(existsSync(join(out, 'summary.json'))).toBe(false);
		const resumed = await ingest({inputs: [archive], out, database: url, concurrency: 2});
		expect(resumed.cachedThisRun).toBeGreaterThanOrEqual(10);
		expect(await postgresRows(url)).toEqual(await postgresRows(single));
	}, 180_000);

	it('keeps a failed file to its input and error rows: no report rows', async () => {
		const failed = await query<{path: string; report_id: string | null}>(
			single,
			"SELECT path, report_id FROM inputs WHERE status = 'failed'",
		);
		expect(failed.length).toBeGreaterThanOrEqual(4);
		for (const {path, report_id} of failed) {
			expect(await query(single, 'SELECT 1 FROM errors WHERE path = $1', [path])).toHaveLength(1);
			for (const table of REPORT_TABLES)
				expect(
					await query(single, `SELECT 1 FROM ${table} WHERE ${table === 'reports' ? 'id' : 'report_id'} = $1`, [
						report_id,
					]),
				).toHaveLength(0);
		}
		expect(await query(single, 'SELECT 1 FROM reports WHERE path LIKE $1', ['%/broken/%'])).toHaveLength(0);
	});

	it('stores a report sent twice once, under the first of its names', async () => {
		const rows = await query<{path: string}>(
			single,
			"SELECT r.path FROM reports r JOIN inputs i ON i.report_id = r.id WHERE i.path LIKE '%002-again.txt'",
		);
		expect(rows).toEqual([{path: join(archive, 'seeds', '002.txt')}]);
	});

	it('gives the seeds’ figures in department_years, as hand-read from the seeds', async () => {
		const years = await query<Record<string, unknown>>(
			single,
			"SELECT * FROM department_years WHERE department LIKE '%投资促进局' ORDER BY fiscal_year",
		);
		expect(years).toHaveLength(2);
		const [seed000, seed002] = years as [Record<string, unknown>, Record<string, unknown>];
		expect(seed000).toMatchObject({
			fiscal_year: 2023,
			reports: 1,
			income_final_wan: 2029.67,
			expenditure_final_wan: 2029.67,
			staff_actual: 21,
			score: null,
			score_at_least: 98,
			grade: '优秀',
		});
		expect(seed000.findings_error).toBeGreaterThan(0);
		expect(seed002).toMatchObject({
			fiscal_year: 2025,
			reports: 1,
			income_budget_wan: 2009.81,
			income_adjusted_budget_wan: 1929.81,
			income_final_wan: 1929.81,
			expenditure_budget_wan: 2009.81,
			expenditure_adjusted_budget_wan: 1929.81,
			expenditure_final_wan: 1929.81,
			execution_rate: 100,
			staff_authorized: 59,
			staff_actual: 57,
			score: 98.85,
			grade: '优秀',
		});
	});

	it('answers every view with the same rows in PostgreSQL and in SQLite', async () => {
		const views = VIEWS.map((view) => view.name);
		const fromPostgres = await postgresRows(single, views);
		expect(fromPostgres).toEqual(sqliteRows(singleOut, views));
		expect(fromPostgres.findings_by_rule!.length).toBeGreaterThan(3);
		expect(fromPostgres.indicators_not_met!.length).toBeGreaterThan(0);
		const notMet = await query<{n: number}>(single, 'SELECT COUNT(*)::int AS n FROM indicators WHERE met = 0');
		expect(fromPostgres.indicators_not_met).toHaveLength(notMet[0]!.n);
	});

	it('says in one line which database it cannot use, with the password hidden, before reading any file', () => {
		const out = join(scratch(), 'out');
		const url = 'postgres://auditor:s3cret@%2Fno%2Fsuch%2Fsocket/archive';
		const result = spawnSync(
			process.execPath,
			['--import', 'tsx', 'src/cli.ts', 'ingest', archive, '--out', out, '--db', url, '--lang', 'en'],
			{encoding: 'utf8'},
		);
		expect(result.status).toBe(2);
		const lines = result.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('cannot use the database postgres://auditor:***@');
		expect(result.stderr).not.toContain('s3cret');
		expect(existsSync(join(out, 'reports.ndjson'))).toBe(false);
	});

	it('holds no connection while files are read, and names the database if it is gone when rows are written', async () => {
		const own = await startPostgres();
		const sink = await PostgresSink.open(await createDatabase(own, 'vanishing'));
		// A server restarted during a long run: with a connection held, its 'error' event would crash the process.
		await own.stop();
		await sink.addInput({path: 'a.txt', sha256: null, id: null, format: null, status: 'failed', error: null});
		await expect(sink.commit()).rejects.toMatchObject({name: 'RunError', key: 'error.database'});
	});

	it('refuses a --db that is not a PostgreSQL URL', () => {
		const result = spawnSync(
			process.execPath,
			['--import', 'tsx', 'src/cli.ts', 'ingest', archive, '--out', join(scratch(), 'out'), '--db', 'mysql://x/y'],
			{encoding: 'utf8'},
		);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--db');
	});
});
