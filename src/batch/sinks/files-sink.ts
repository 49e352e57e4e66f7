/**
The flat files of an ingest folder: reports.ndjson, facts.csv, indicators.csv, findings.csv and
errors.ndjson. Each is written to a temporary file through a buffer and renamed on commit. The CSVs
repeat the report's path (and, for facts, department and year) on every row, for spreadsheet users
who open one file alone.
*/
import {closeSync, openSync, renameSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {csvRow, UTF8_BOM} from '../../format/csv.js';
import {columnIndex, type Row, type TableName, type Value} from '../rows.js';
import type {ErrorEntry, ReportEntry, Sink} from './sink.js';

/** Bytes buffered before a write: the flat files of 1,000 reports are ~45 MB. */
const BUFFER_BYTES = 1 << 20;

/**
A file written through a buffer, in one piece: nothing half-written survives a crash. Each text is
encoded straight into the buffer: joining the pending texts into one string before a write cost
five times as much (80-90 against 16 ms for the NDJSON lines of 500 reports, 16 MB), the join
copying every two-byte character once more before the encoding.
*/
class BufferedFile {
	private readonly fd: number;
	private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
	private used = 0;

	constructor(
		readonly temporary: string,
		readonly target: string,
		header = '',
	) {
		this.fd = openSync(temporary, 'w');
		if (header) this.write(header);
	}

	write(text: string): void {
		// UTF-8 takes at most three bytes for a UTF-16 code unit (four for a pair of two).
		const most = text.length * 3;
		if (this.used + most > BUFFER_BYTES) this.flush();
		if (most > BUFFER_BYTES) writeSync(this.fd, text);
		else this.used += this.buffer.write(text, this.used);
	}

	private flush(): void {
		let written = 0;
		while (written < this.used) written += writeSync(this.fd, this.buffer, written, this.used - written);
		this.used = 0;
	}

	commit(): void {
		this.flush();
		closeSync(this.fd);
		renameSync(this.temporary, this.target);
	}
}

/** A CSV column: its header, and where its value comes from (a column of the table's row, or the report). */
type CsvColumn = [header: string, from: string | ((entry: ReportEntry) => Value)];

const path = (entry: ReportEntry) => entry.report.source.path;

const CSV_COLUMNS: Record<'facts' | 'indicators' | 'findings', CsvColumn[]> = {
	facts: [
		['report_id', 'report_id'],
		['path', path],
		['department', (entry) => entry.report.report.department],
		['fiscal_year', (entry) => entry.report.report.fiscalYear],
		['concept', 'concept'],
		['stage', 'stage'],
		['entity', 'entity'],
		['kind', 'kind'],
		['value', 'exact'],
		['unit', 'unit'],
		['value_wan', 'value_wan'],
		['page', 'page'],
		['line', 'line'],
		['column', 'col'],
		['text', 'text'],
	],
	indicators: [
		['report_id', 'report_id'],
		['path', path],
		['project', 'project'],
		['level1', 'level1'],
		['level2', 'level2'],
		['name', 'name'],
		['direction', 'direction'],
		['target', 'target'],
		['actual', 'actual'],
		['weight', 'weight'],
		['score', 'score'],
		['met', 'met'],
		['page', 'page'],
		['line', 'line'],
	],
	findings: [
		['report_id', 'report_id'],
		['path', path],
		['rule', 'rule'],
		['severity', 'severity'],
		['message', 'message'],
		['expected', 'expected'],
		['actual', 'actual'],
		['page', 'page'],
		['line', 'line'],
		['column', 'col'],
		['evidence', 'evidence'],
	],
};

/** Turns a table's rows into CSV lines with the columns above. */
function csvWriter(table: 'facts' | 'indicators' | 'findings') {
	const getters = CSV_COLUMNS[table].map(([, from]) => {
		if (typeof from === 'function') return (_row: Row, entry: ReportEntry) => from(entry);
		const index = columnIndex(table as TableName, from);
		// A boolean column is stored as 0/1; the CSV has always said true/false.
		if (table === 'indicators' && from === 'met')
			return (row: Row) => (row[index] === null ? null : String(row[index] === 1));
		return (row: Row) => row[index] ?? null;
	});
	return {
		header: UTF8_BOM + csvRow(CSV_COLUMNS[table].map(([header]) => header)),
		line: (row: Row, entry: ReportEntry) => csvRow(getters.map((get) => get(row, entry))),
	};
}

export class FilesSink implements Sink {
	private readonly reports: BufferedFile;
	private readonly errors: BufferedFile;
	private readonly tables: Array<{
		table: 'facts' | 'indicators' | 'findings';
		file: BufferedFile;
		line: (row: Row, entry: ReportEntry) => string;
	}>;

	/** `temporaryOf` names the temporary file a target is written to before commit. */
	constructor(dir: string, temporaryOf: (path: string) => string) {
		const file = (name: string, header = '') => new BufferedFile(temporaryOf(join(dir, name)), join(dir, name), header);
		this.reports = file('reports.ndjson');
		this.tables = (['facts', 'indicators', 'findings'] as const).map((table) => {
			const writer = csvWriter(table);
			return {table, file: file(`${table}.csv`, writer.header), line: writer.line};
		});
		this.errors = file('errors.ndjson');
	}

	addInput(): void {}

	addReport(entry: ReportEntry): void {
		this.reports.write(`${JSON.stringify(entry.report)}\n`);
		for (const {table, file, line} of this.tables) for (const row of entry.rows[table]) file.write(line(row, entry));
	}

	addError(error: ErrorEntry): void {
		this.errors.write(`${JSON.stringify(error)}\n`);
	}

	async commit(): Promise<void> {
		for (const file of [this.reports, ...this.tables.map((table) => table.file), this.errors]) file.commit();
	}
}
