/**
Rebuilds every aggregate output of an ingest folder from the cached per-input results, in input
path order: reports.ndjson, facts.csv, indicators.csv, findings.csv, errors.ndjson and jixiao.sqlite.
Because they are rebuilt whole (into temp files, renamed at the end), an interrupted run followed
by a resumed one yields byte for byte what one uninterrupted run yields. Reports are streamed one
at a time: memory does not grow with the archive.
*/
import {closeSync, openSync, renameSync, rmSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {csvRow, UTF8_BOM} from '../format/csv.js';
import type {Format, Report} from '../schema.js';
import {DashboardDatabase} from './sqlite.js';
import type {ErrorRecord, OutputStore} from './store.js';

export type InputRecord = {
	path: string;
	sha256: string | null;
	id: string | null;
	format: Format | null;
	status: 'ok' | 'failed' | 'duplicate' | 'not-a-report';
	error: Omit<ErrorRecord, 'path'> | null;
};

export type Tally = {
	reports: number;
	failed: number;
	duplicates: number;
	notReports: number;
	byFormat: Record<string, number>;
	byReason: Record<string, number>;
	byRule: Record<string, number>;
	bySeverity: Record<string, number>;
};

/** A file written through a buffer, in one piece: nothing half-written survives a crash. */
class BufferedFile {
	private readonly fd: number;
	private chunks: string[] = [];
	private size = 0;

	constructor(
		readonly temporary: string,
		readonly target: string,
		header = '',
	) {
		this.fd = openSync(temporary, 'w');
		if (header) this.write(header);
	}

	write(text: string): void {
		this.chunks.push(text);
		this.size += text.length;
		if (this.size > 1 << 20) this.flush();
	}

	private flush(): void {
		writeSync(this.fd, this.chunks.join(''));
		this.chunks = [];
		this.size = 0;
	}

	commit(): void {
		this.flush();
		closeSync(this.fd);
		renameSync(this.temporary, this.target);
	}
}

const FACT_HEADER = [
	'report_id',
	'path',
	'department',
	'fiscal_year',
	'concept',
	'stage',
	'entity',
	'kind',
	'value',
	'unit',
	'value_wan',
	'page',
	'line',
	'column',
	'text',
];
const INDICATOR_HEADER = [
	'report_id',
	'path',
	'project',
	'level1',
	'level2',
	'name',
	'direction',
	'target',
	'actual',
	'weight',
	'score',
	'met',
	'page',
	'line',
];
const FINDING_HEADER = [
	'report_id',
	'path',
	'rule',
	'severity',
	'message',
	'expected',
	'actual',
	'page',
	'line',
	'column',
	'evidence',
];

const increment = (counts: Record<string, number>, key: string) => {
	counts[key] = (counts[key] ?? 0) + 1;
};

export async function assemble(store: OutputStore, records: InputRecord[]): Promise<Tally> {
	const file = (name: string, header = '') =>
		new BufferedFile(store.temporaryPath(join(store.dir, name)), join(store.dir, name), header);
	const reportsFile = file('reports.ndjson');
	const factsFile = file('facts.csv', UTF8_BOM + csvRow(FACT_HEADER));
	const indicatorsFile = file('indicators.csv', UTF8_BOM + csvRow(INDICATOR_HEADER));
	const findingsFile = file('findings.csv', UTF8_BOM + csvRow(FINDING_HEADER));
	const errorsFile = file('errors.ndjson');
	const databasePath = join(store.dir, 'jixiao.sqlite');
	const databaseTemporary = store.temporaryPath(databasePath);
	rmSync(databaseTemporary, {force: true});
	const database = new DashboardDatabase(databaseTemporary);
	const tally: Tally = {
		reports: 0,
		failed: 0,
		duplicates: 0,
		notReports: 0,
		byFormat: {},
		byReason: {},
		byRule: {},
		bySeverity: {},
	};

	for (const record of records) {
		database.addInput(record.path, record.sha256, record.id, record.status);
		if (record.status === 'duplicate') {
			tally.duplicates++;
			continue;
		}
		// A failed file and a file that is not a report both get their line in errors.ndjson; only the
		// first is a failure.
		if (record.status === 'failed' || record.status === 'not-a-report') {
			const error = {path: record.path, reason: record.error!.reason, message: record.error!.message};
			errorsFile.write(`${JSON.stringify(error)}\n`);
			database.addError(error);
			if (record.status === 'failed') tally.failed++;
			else tally.notReports++;
			increment(tally.byReason, error.reason);
			continue;
		}
		const text = await store.readReportText(record.id!);
		const report = JSON.parse(text!) as Report;
		// reports/<id>.json is written once, under the name its content was first read from; the
		// aggregates name the input's path of this run (the first in order for duplicates, the new
		// name of a file renamed since).
		report.source.path = record.path;
		tally.reports++;
		increment(tally.byFormat, report.source.format);
		reportsFile.write(`${JSON.stringify(report)}\n`);
		database.addReport(record.id!, report);
		const {department, fiscalYear} = report.report;
		for (const fact of report.facts)
			factsFile.write(
				csvRow([
					record.id,
					record.path,
					department,
					fiscalYear,
					fact.concept,
					fact.stage,
					fact.entity,
					fact.kind,
					fact.exact,
					fact.unit,
					fact.valueWan,
					fact.loc.page,
					fact.loc.line,
					fact.loc.column,
					fact.text,
				]),
			);
		for (const indicator of report.indicators) {
			indicatorsFile.write(
				csvRow([
					record.id,
					record.path,
					indicator.project,
					indicator.level1,
					indicator.level2,
					indicator.name,
					indicator.direction,
					indicator.target?.text,
					indicator.actual?.text,
					indicator.weight,
					indicator.score,
					indicator.met,
					indicator.loc.page,
					indicator.loc.line,
				]),
			);
		}
		for (const finding of report.findings) {
			increment(tally.byRule, finding.rule);
			increment(tally.bySeverity, finding.severity);
			const loc = finding.evidence[0]!.loc;
			findingsFile.write(
				csvRow([
					record.id,
					record.path,
					finding.rule,
					finding.severity,
					finding.message,
					finding.expected,
					finding.actual,
					loc.page,
					loc.line,
					loc.column,
					finding.evidence.map((evidence) => evidence.text).join(' | '),
				]),
			);
		}
	}
	database.close();
	for (const output of [reportsFile, factsFile, indicatorsFile, findingsFile, errorsFile]) output.commit();
	renameSync(databaseTemporary, databasePath);
	return tally;
}
