/**
Builds every aggregate output of an ingest folder, in input path order: reports.ndjson, facts.csv,
indicators.csv, findings.csv, errors.ndjson and jixiao.sqlite (and a database, when given). The
sinks are fed while the run goes on (`Assembly`) and write into temp files renamed at the end, so an
interrupted run followed by a resumed one yields byte for byte what one uninterrupted run yields: a
resumed run feeds the cached results of the inputs it does not read again. Memory does not grow
with the archive: only the few inputs ahead of the sinks are held.
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

const emptyTally = (): Tally => ({
	reports: 0,
	failed: 0,
	duplicates: 0,
	notReports: 0,
	byFormat: {},
	byReadMethod: {},
	byReason: {},
	byRule: {},
	bySeverity: {},
});

/** A settled input waiting for its turn, with its report's text when it has one (being read, or as just written). */
type Waiting = {record: InputRecord; text: Promise<string | null> | null};

/** Lets the event loop in: the workers' results and the next jobs wait while the main thread feeds the sinks. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
The sinks fed while the inputs are still being read. Inputs settle in about path order but not
exactly (several files are in flight, a small one overtakes a large one); each is handed over with
its index in path order and waits until every input before it is with the sinks. Done at the end,
this was a serial tail of ~3 s per 1,000 reports (parse each cached report again, write its rows)
with the workers gone and a core idle.

Duplicates are told here, in path order: the first name of some content holds its report, a later
name is a duplicate. The caller bounds how far ahead of the sinks it runs (`fed`), so the inputs
waiting here, and the texts they hold, stay few.
*/
export class Assembly {
	readonly tally = emptyTally();
	private readonly waiting = new Map<number, Waiting>();
	private readonly firstById = new Set<string>();
	private readonly waiters: Array<{count: number; wake: () => void}> = [];
	/** How many inputs, from the first in path order, are with the sinks. */
	private count = 0;
	private feeding = false;
	private failure: {error: unknown} | null = null;

	constructor(
		private readonly store: OutputStore,
		private readonly lang: Lang,
		private readonly sinks: Sink[],
	) {}

	get failed(): boolean {
		return this.failure !== null;
	}

	/**
	The input at `index` (in path order) is settled. A report's text is `reportText` when the caller
	has it (just written), else read from the cache now, ahead of its turn.
	*/
	add(index: number, record: InputRecord, reportText?: string): void {
		let text: Promise<string | null> | null = null;
		if (record.status === 'ok') {
			text = reportText === undefined ? this.store.readReportText(record.id!) : Promise.resolve(reportText);
			// Awaited in its turn; until then a failed read must not count as unhandled.
			text.catch(() => undefined);
		}
		this.waiting.set(index, {record, text});
		this.drain();
	}

	/** Settles once the first `count` inputs are with the sinks, or the assembly has failed. */
	fed(count: number): Promise<void> {
		if (this.count >= count || this.failure) return Promise.resolve();
		return new Promise((wake) => this.waiters.push({count, wake}));
	}

	private wake(): void {
		for (let at = this.waiters.length - 1; at >= 0; at--) {
			const waiter = this.waiters[at]!;
			if (this.count < waiter.count && !this.failure) continue;
			this.waiters.splice(at, 1);
			waiter.wake();
		}
	}

	/** Feeds the sinks every input whose turn has come; one loop at a time, so order is kept. */
	private drain(): void {
		if (this.feeding || this.failure || !this.waiting.has(this.count)) return;
		this.feeding = true;
		void (async () => {
			try {
				for (let next = this.waiting.get(this.count); next; next = this.waiting.get(this.count)) {
					this.waiting.delete(this.count);
					if (next.record.status === 'ok') {
						if (this.firstById.has(next.record.id!)) next.record.status = 'duplicate';
						else this.firstById.add(next.record.id!);
					}
					const text = next.record.status === 'ok' ? await next.text : null;
					await feed(next.record, text, {lang: this.lang, sinks: this.sinks, tally: this.tally});
					this.count++;
					this.wake();
					await yieldToEvents();
				}
			} catch (error) {
				this.failure = {error};
				this.wake();
			} finally {
				this.feeding = false;
			}
			// Added while the last record was being fed, after the loop had looked.
			this.drain();
		})();
	}

	/** Waits for the first `total` inputs, then makes every sink's output visible; returns the counts. */
	async finish(total: number): Promise<Tally> {
		await this.fed(total);
		try {
			if (this.failure) throw this.failure.error;
			for (const sink of this.sinks) await sink.commit();
		} catch (error) {
			await this.abandon();
			throw error;
		}
		return this.tally;
	}

	/** Lets the sinks go without committing (the run failed). */
	async abandon(): Promise<void> {
		await Promise.all(this.sinks.map((sink) => sink.abandon?.()));
	}
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
