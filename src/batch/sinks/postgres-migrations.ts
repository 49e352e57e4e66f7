/**
The PostgreSQL schema, by migrations. Versioned migrations are frozen SQL applied once each, in
order, and recorded in jixiao_migrations: a column added to rows.ts is a new migration here (a test
checks the migrated tables have exactly the columns of rows.ts). The dashboard views are a
repeatable step: re-created whenever their SQL (views.ts) changes, recorded by its checksum.
Everything runs in one transaction under an advisory lock, so shards starting at once migrate once
and a failed migration leaves the database as it was.
*/
import {createHash} from 'node:crypto';
import type {ClientBase} from 'pg';
import {createViews, VIEWS} from './views.js';

const MIGRATIONS: ReadonlyArray<{version: number; name: string; sql: string}> = [
	{
		version: 1,
		name: 'report tables',
		sql: `
CREATE TABLE reports (
	id text PRIMARY KEY,
	path text NOT NULL,
	format text NOT NULL,
	title text,
	department text,
	fiscal_year integer,
	kind text,
	score double precision,
	score_at_least double precision,
	grade text,
	pages integer,
	income_total double precision,
	expenditure_total double precision,
	expenditure_budget double precision,
	execution_rate double precision,
	expenditure_basic double precision,
	expenditure_personnel double precision,
	expenditure_public double precision,
	expenditure_project double precision,
	staff_total integer,
	findings_error integer,
	findings_warning integer,
	findings_info integer
);
CREATE TABLE facts (
	report_id text NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
	concept text,
	stage text,
	entity text,
	kind text NOT NULL,
	value double precision NOT NULL,
	exact text NOT NULL,
	unit text,
	value_wan double precision,
	label text,
	page integer,
	line integer,
	col integer,
	text text
);
CREATE TABLE indicators (
	report_id text NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
	project text,
	level1 text,
	level2 text,
	name text NOT NULL,
	direction text,
	target text,
	target_value double precision,
	actual text,
	actual_value double precision,
	weight double precision,
	score double precision,
	met integer,
	page integer,
	line integer
);
CREATE TABLE findings (
	report_id text NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
	rule text NOT NULL,
	severity text NOT NULL,
	message text NOT NULL,
	expected text,
	actual text,
	page integer,
	line integer,
	col integer,
	evidence text
);
CREATE TABLE errors (
	path text PRIMARY KEY,
	reason text NOT NULL,
	message text NOT NULL
);
CREATE TABLE inputs (
	path text PRIMARY KEY,
	sha256 text,
	report_id text,
	status text NOT NULL
);
CREATE INDEX reports_department_fiscal_year ON reports(department, fiscal_year);
CREATE INDEX facts_report_id ON facts(report_id);
CREATE INDEX facts_concept_stage ON facts(concept, stage);
CREATE INDEX indicators_report_id ON indicators(report_id);
CREATE INDEX findings_report_id ON findings(report_id);
CREATE INDEX findings_rule_severity ON findings(rule, severity);
`,
	},
];

/** The row that records the views' checksum; versioned migrations use positive versions. */
const VIEWS_VERSION = 0;

const checksum = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Brings the database to the current schema; a no-op when it is there already. */
export async function migrate(client: ClientBase): Promise<void> {
	await client.query('BEGIN');
	try {
		await client.query("SELECT pg_advisory_xact_lock(hashtext('jixiao schema'))");
		await client.query(`CREATE TABLE IF NOT EXISTS jixiao_migrations (
			version integer PRIMARY KEY,
			name text NOT NULL,
			checksum text,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`);
		const applied = await client.query<{version: number; checksum: string | null}>(
			'SELECT version, checksum FROM jixiao_migrations',
		);
		const done = new Map(applied.rows.map((row) => [row.version, row.checksum]));
		for (const migration of MIGRATIONS) {
			if (done.has(migration.version)) continue;
			await client.query(migration.sql);
			await client.query('INSERT INTO jixiao_migrations (version, name) VALUES ($1, $2)', [
				migration.version,
				migration.name,
			]);
		}
		const views = createViews();
		if (done.get(VIEWS_VERSION) !== checksum(views)) {
			for (const {name} of [...VIEWS].reverse()) await client.query(`DROP VIEW IF EXISTS ${name}`);
			await client.query(views);
			await client.query(
				`INSERT INTO jixiao_migrations (version, name, checksum) VALUES ($1, 'views', $2)
				ON CONFLICT (version) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
				[VIEWS_VERSION, checksum(views)],
			);
		}
		await client.query('COMMIT');
	} catch (error) {
		await client.query('ROLLBACK');
		throw error;
	}
}
