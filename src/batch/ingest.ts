/**
jixiao ingest: reads many reports at once. Inputs are expanded and sorted; each is hashed, looked up
in the content-addressed cache (resume), sniffed, read (PDF and DOCX in worker threads with a hard
timeout; TXT inline), analysed on the main thread and stored atomically. A file that fails becomes
an error record and the run goes on. At the end every aggregate output is rebuilt from the cache.
*/
import PQueue from 'p-queue';
import {DocumentLoadError} from '../errors.js';
import {processRawWithText, sha256Of} from '../pipeline.js';
import {sniffFormat} from '../read/formats.js';
import {reportSchema} from '../schema.js';
import {assemble, type InputRecord, type Tally} from './assemble.js';
import {notAReport} from './not-a-report.js';
import {byPath, expandInputs, type InputItem} from './inputs.js';
import type {Progress} from './progress.js';
import {OutputStore, reportId} from './store.js';
import {ReaderPool} from './worker-pool.js';

export type IngestOptions = {
	inputs: string[];
	out: string;
	/** Files read at once; PDF and DOCX reading runs in this many worker threads. */
	concurrency?: number;
	/** Per-file limit for reading, after which the worker is terminated. */
	timeoutMs?: number;
	maxBytes?: number;
	/** Read PDF and DOCX in worker threads (default) or on the main thread. */
	workers?: boolean;
	onProgress?: (progress: Progress) => void;
};

export type IngestSummary = Tally & {
	inputs: number;
	skipped: number;
	parsedThisRun: number;
	cachedThisRun: number;
	durationSeconds: number;
	reportsPerSecond: number;
	megabytesPerSecond: number;
	byStatus: Record<string, number>;
};

type Outcome = InputRecord & {parsed: boolean; bytes: number};

/** The reason class of a file that is not a report, in errors.ndjson and summary.json. */
const NOT_A_REPORT = 'not-a-report';

const failure = (path: string, sha256: string | null, reason: string, message: string): Outcome => ({path, sha256, id: sha256 ? reportId(sha256) : null, format: null, status: 'failed', error: {reason, message}, parsed: false, bytes: 0});

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
	const startedAt = performance.now();
	const concurrency = Math.max(1, options.concurrency ?? 2);
	const timeoutMs = options.timeoutMs ?? 60_000;
	const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
	const store = new OutputStore(options.out);
	await store.open();
	const list = await expandInputs(options.inputs);
	const pool = options.workers === false ? null : new ReaderPool(concurrency, timeoutMs);
	const progress: Progress = {done: 0, total: list.items.length + list.unreadable.length, failed: 0, parsed: 0, startedAt};

	const processItem = async (item: InputItem): Promise<Outcome> => {
		if (item.size > maxBytes) return failure(item.path, null, 'too-large', `${(item.size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit`);
		let bytes: Buffer;
		try {
			bytes = await item.read();
		} catch (error) {
			return failure(item.path, null, 'unreadable', (error as Error).message);
		}
		const sha256 = sha256Of(bytes);
		const id = reportId(sha256);
		const base = {path: item.path, sha256, id, bytes: bytes.length};
		if (await store.hasReport(id)) return {...base, format: null, status: 'ok', error: null, parsed: false};
		const cachedError = await store.readError(id);
		if (cachedError) return {...base, format: null, status: cachedError.reason === NOT_A_REPORT ? 'not-a-report' : 'failed', error: cachedError, parsed: false};
		try {
			const entry = sniffFormat(bytes, item.path);
			const raw = entry.format === 'txt' || !pool ? await entry.read(bytes) : await pool.read(entry.format, bytes);
			if (raw.raw.trim().length === 0) throw new DocumentLoadError('no-text', raw.notes.find((note) => note.code === 'no-text')?.message ?? 'no text');
			const {report, view} = processRawWithText(raw, {path: item.path, format: entry.format, sha256, bytes: bytes.length});
			reportSchema.parse(report);
			const notReport = notAReport(report);
			if (notReport) {
				// Kept by content like an error: a re-run skips it again without reading it.
				await store.saveError(id, {reason: NOT_A_REPORT, message: notReport});
				return {...base, format: entry.format, status: 'not-a-report', error: {reason: NOT_A_REPORT, message: notReport}, parsed: true};
			}
			await store.saveView(id, view);
			await store.saveReport(id, JSON.stringify(report, null, 2) + '\n');
			return {...base, format: entry.format, status: 'ok', error: null, parsed: true};
		} catch (error) {
			const reason = error instanceof DocumentLoadError ? error.reason : 'internal';
			const message = error instanceof Error ? error.message : String(error);
			await store.saveError(id, {reason, message});
			return {...base, format: null, status: 'failed', error: {reason, message}, parsed: true};
		}
	};

	const outcomes: Outcome[] = list.unreadable.map(({path, message}) => failure(path, null, 'unreadable', message));
	const queue = new PQueue({concurrency: concurrency + 1});
	for (const item of list.items) {
		// Feed the queue a few items ahead only: thousands of pending closures are memory for nothing.
		await queue.onSizeLessThan(concurrency * 2);
		void queue.add(async () => {
			// Nothing about one file may stop the run: even a failing disk write becomes its error line.
			const outcome = await processItem(item).catch((error: unknown) => failure(item.path, null, 'internal', (error as Error)?.message ?? String(error)));
			outcomes.push(outcome);
			progress.done++;
			if (outcome.status === 'failed') progress.failed++;
			if (outcome.parsed) progress.parsed++;
			options.onProgress?.(progress);
		});
	}
	await queue.onIdle();
	await pool?.close();
	await list.close();

	// Same bytes under several names: the first path in order holds the report, the others are
	// duplicates. A file that failed fails under every name: each gets its own error line.
	outcomes.sort(byPath);
	const firstById = new Set<string>();
	for (const outcome of outcomes) {
		if (outcome.id === null || outcome.status !== 'ok') continue;
		if (firstById.has(outcome.id)) outcome.status = 'duplicate';
		firstById.add(outcome.id);
	}
	const tally = await assemble(store, outcomes);
	const durationSeconds = (performance.now() - startedAt) / 1000;
	const parsedThisRun = outcomes.filter((outcome) => outcome.parsed).length;
	const summary: IngestSummary = {
		inputs: outcomes.length + list.skipped.length,
		skipped: list.skipped.length,
		...tally,
		byStatus: {ok: tally.reports, failed: tally.failed, duplicate: tally.duplicates, 'not-a-report': tally.notReports, skipped: list.skipped.length},
		parsedThisRun,
		cachedThisRun: outcomes.length - parsedThisRun,
		durationSeconds: Math.round(durationSeconds * 1000) / 1000,
		reportsPerSecond: Math.round((parsedThisRun / durationSeconds) * 10) / 10,
		megabytesPerSecond: Math.round((outcomes.filter((outcome) => outcome.parsed).reduce((sum, outcome) => sum + outcome.bytes, 0) / 1048576 / durationSeconds) * 100) / 100,
	};
	await store.writeAtomic(`${options.out}/summary.json`, JSON.stringify(summary, null, 2) + '\n');
	return summary;
}
