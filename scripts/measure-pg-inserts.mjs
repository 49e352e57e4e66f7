// How to write rows into PostgreSQL, measured: row-at-a-time prepared INSERTs, multi-row VALUES
// (as many rows as 65,000 parameters allow) and one INSERT … SELECT FROM unnest(arrays) per 5,000
// rows, each in one transaction, three rounds, into a throw-away cluster. The reports are those of
// an ingest output folder, repeated under new ids to a meaningful size.
// usage: npm run build && node scripts/measure-pg-inserts.mjs OUT_DIR [copies]
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import pg from 'pg';
import {reportRows, TABLES} from '../dist/batch/rows.js';
import {PostgresSink} from '../dist/batch/sinks/postgres-sink.js';
import {createDatabase, startPostgres} from './throwaway-postgres.mjs';

const [out, copies = '12'] = process.argv.slice(2);
const reports = readdirSync(join(out, 'reports')).map((name) =>
	JSON.parse(readFileSync(join(out, 'reports', name), 'utf8')),
);
const entries = Array.from({length: Number(copies)}, (_, copy) =>
	reports.map((report, index) => reportRows(`${copy}-${index}`, report)),
).flat();
const TABLE_NAMES = ['reports', 'facts', 'indicators', 'findings'];
const rowsOf = (table) => entries.flatMap((entry) => entry[table]);
const ARRAY_TYPE = {TEXT: 'text[]', REAL: 'float8[]', INTEGER: 'int4[]'};

const METHODS = {
	async rowAtATime(client, table, rows) {
		const text = `INSERT INTO ${table} VALUES (${TABLES[table].map((_, index) => `$${index + 1}`).join(',')})`;
		for (const row of rows) await client.query({name: `insert-${table}`, text, values: row});
	},
	async multiRowValues(client, table, rows) {
		const perStatement = Math.floor(65_000 / TABLES[table].length);
		for (let start = 0; start < rows.length; start += perStatement) {
			const values = [];
			const tuples = rows
				.slice(start, start + perStatement)
				.map((row) => `(${row.map((value) => `$${values.push(value)}`).join(',')})`);
			await client.query(`INSERT INTO ${table} VALUES ${tuples.join(',')}`, values);
		}
	},
	async unnest(client, table, rows) {
		const columns = TABLES[table];
		for (let start = 0; start < rows.length; start += 5000) {
			const chunk = rows.slice(start, start + 5000);
			const arrays = columns.map((column, index) => `$${index + 1}::${ARRAY_TYPE[column.type]}`);
			const values = columns.map((_, index) => chunk.map((row) => row[index] ?? null));
			await client.query(`INSERT INTO ${table} SELECT * FROM unnest(${arrays.join(',')})`, values);
		}
	},
};

const server = await startPostgres();
try {
	const url = await createDatabase(server, 'inserts');
	await (await PostgresSink.open(url)).commit(); // migrates
	const client = new pg.Client({connectionString: url});
	await client.connect();
	console.log(
		`${entries.length} reports: ${TABLE_NAMES.map((table) => `${rowsOf(table).length} ${table}`).join(', ')}`,
	);
	for (let round = 1; round <= 3; round++)
		for (const [name, method] of Object.entries(METHODS)) {
			await client.query('TRUNCATE reports CASCADE');
			const start = performance.now();
			await client.query('BEGIN');
			for (const table of TABLE_NAMES) await method(client, table, rowsOf(table));
			await client.query('COMMIT');
			console.log(`round ${round}: ${name} ${((performance.now() - start) / 1000).toFixed(2)} s`);
		}
	await client.end();
} finally {
	await server.stop();
}
