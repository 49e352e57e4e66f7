/**
Rebuilds every aggregate output of an ingest folder from the cached per-input results, in input
path order: reports.ndjson, facts.csv, indicators.csv, findings.csv, errors.ndjson and jixiao.sqlite.
Because they are rebuilt whole (into temp files, renamed at the end), an interrupted run followed
by a resumed one yields byte for byte what one uninterrupted run yields. Reports are streamed one
at a time: memory does not grow with the archive.
*/
import {join} from 'node:path';
import type {Lang} from '../messages/catalog.js';
import {localizeReport} from '../messages/localize.js';
import type {Report} from '../schema.js';
import {type InputRecord, reportRows} from './rows.js';
import {FilesSink} from './sinks/files-sink.js';
import type {Sink} from './sinks/sink.js';
import {SqliteSink} from './sinks/sqlite-sink.js';
import type {OutputStore} from './store.js';

export type {InputRecord} from './rows.js';

export type Tally = {
	reports: number;
	failed: number;
	duplicates: number;
	notReports: number;
	byFormat: Record<string, number>;
	/** How reports were read: straight from the file, after a converter (LibreOffice), or by OCR. */
	byReadMethod: Record<string, number>;
	byReason: Record<string, number>;
	byRule: Record<string, number>;
	bySeverity: Record<string, number>;
};

const increment = (counts: Record<string, number>, key: string) => {
	counts[key] = (counts[key] ?? 0) + 1;
};

/** How a report was read: from its text layer or content, after a conversion, or (any page) by OCR. */
function readMethodOf(report: Report): 'direct' | 'converted' | 'ocr' {
	const codes = new Set(report.notes.map((note) => note.code));
	if (codes.has('ocr') || codes.has('ocr-image')) return 'ocr';
	return codes.has('converted') ? 'converted' : 'direct';
}

/** The sinks of an ingest folder: its flat files and its SQLite database. */
export function folderSinks(store: OutputStore): Sink[] {
	const temporaryOf = (path: string) => store.temporaryPath(path);
	const database = join(store.dir, 'jixiao.sqlite');
	return [new FilesSink(store.dir, temporaryOf), new SqliteSink(database, temporaryOf(database))];
}

/** Rebuilds the sinks from the cache; reports are told in `lang` (a cached one may have been written in another). */
export async function assemble(
	store: OutputStore,
	records: InputRecord[],
	lang: Lang,
	sinks = folderSinks(store),
): Promise<Tally> {
	const tally: Tally = {
		reports: 0,
		failed: 0,
		duplicates: 0,
		notReports: 0,
		byFormat: {},
		byReadMethod: {},
		byReason: {},
		byRule: {},
		bySeverity: {},
	};
	try {
		const texts = readAhead(store, records);
		for (const [index, record] of records.entries()) await feed(record, await texts(index), {lang, sinks, tally});
		for (const sink of sinks) await sink.commit();
	} catch (error) {
		await Promise.all(sinks.map((sink) => sink.abandon?.()));
		throw error;
	}
	return tally;
}

/** How many cached reports are being read while the one before them goes to the sinks. */
const READ_AHEAD = 16;

/**
The cached report text of each record, by index, read a few records ahead: one read at a time left
the rebuild waiting on the disk for each report in turn (~1 ms a read, the sinks' work ~2 ms), while
the workers, done by then, left a core idle. Order is kept: the sinks still get record after record.
*/
function readAhead(store: OutputStore, records: InputRecord[]): (index: number) => Promise<string | null> {
	const pending = new Map<number, Promise<string | null>>();
	let next = 0;
	return (index) => {
		for (; next < records.length && next <= index + READ_AHEAD; next++) {
			const record = records[next]!;
			if (record.status === 'ok') pending.set(next, store.readReportText(record.id!));
		}
		const text = pending.get(index) ?? Promise.resolve(null);
		pending.delete(index);
		return text;
	};
}

/** Hands one input (and its report or error) to every sink and counts it. */
async function feed(
	record: InputRecord,
	reportText: string | null,
	{lang, sinks, tally}: {lang: Lang; sinks: Sink[]; tally: Tally},
): Promise<void> {
	for (const sink of sinks) await sink.addInput(record);
	if (record.status === 'duplicate') {
		tally.duplicates++;
		return;
	}
	// A failed file and a file that is not a report both get their error line; only the first is a failure.
	if (record.status === 'failed' || record.status === 'not-a-report') {
		const error = {path: record.path, reason: record.error!.reason, message: record.error!.message};
		for (const sink of sinks) await sink.addError(error);
		if (record.status === 'failed') tally.failed++;
		else tally.notReports++;
		increment(tally.byReason, error.reason);
		return;
	}
	const report = localizeReport(JSON.parse(reportText!) as Report, lang);
	// reports/<id>.json is written once, under the name its content was first read from; the
	// sinks name the input's path of this run (the first in order for duplicates, the new name
	// of a file renamed since).
	report.source.path = record.path;
	tally.reports++;
	increment(tally.byFormat, report.source.format);
	increment(tally.byReadMethod, readMethodOf(report));
	for (const finding of report.findings) {
		increment(tally.byRule, finding.rule);
		increment(tally.bySeverity, finding.severity);
	}
	const entry = {id: record.id!, report, rows: reportRows(record.id!, report)};
	for (const sink of sinks) await sink.addReport(entry);
}
