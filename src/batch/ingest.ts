/**
jixiao ingest: reads many reports at once. Inputs are expanded and sorted; each is hashed and looked
up in the content-addressed cache (resume); the rest of its work, from reading to the serialized
report, runs as a file job in a worker thread under the per-file timeout and memory limit. A file
that fails becomes an error record and the run goes on. Every aggregate output is built as inputs
settle, in path order (./assemble.ts): a cached input's result is read back from the cache.
*/
import {createHash} from 'node:crypto';
import PQueue from 'p-queue';
import {DEFAULT_LANG, type Lang} from '../messages/catalog.js';
import type {OcrMode} from '../read/pdf.js';
import {overSizeLimit} from '../errors.js';
import {INGEST_DEFAULTS} from './ingest-defaults.js';
import {Assembly, folderSinks, type InputRecord, type Tally} from './assemble.js';
import type {FailureReason, FileJob, FileJobResult} from '../jobs/file-job.js';
import {fileRunner} from '../jobs/file-runner.js';
import {byPath, expandInputs, type InputItem, type InputList, type SkippedInput} from './inputs.js';
import {inShard, type Shard} from './shard.js';
import type {Progress} from './progress.js';
import {OutputStore, reportId} from './store.js';
import {tierUpForBatch} from '../runtime/tier-up.js';

export type IngestOptions = {
	inputs: string[];
	out: string;
	/** Files processed at once, each in its own worker thread. */
	concurrency?: number;
	/** Per-file limit for all of a file's work, after which its worker is terminated. */
	timeoutMs?: number;
	maxBytes?: number;
	/** V8 heap one file may use in its worker. */
	memoryMb?: number;
	/** Run file jobs in worker threads (default) or on the main thread, without timeout or memory limit. */
	workers?: boolean;
	onProgress?: (progress: Progress) => void;
	/** The language of messages in the reports and aggregates (default zh). */
	lang?: Lang;
	/** Which PDF pages are read by OCR (default auto). */
	ocr?: OcrMode;
	/** Only this share of the inputs (by their path relative to the input root). */
	shard?: Shard;
	/** A PostgreSQL URL (postgres://user@host/db) to write the rows into as well. */
	database?: string;
};

export type IngestSummary = Tally & {
	inputs: number;
	skipped: number;
	parsedThisRun: number;
	cachedThisRun: number;
	durationSeconds: number;
	reportsPerSecond: number;
	megabytesPerSecond: number;
	/**
	Seconds spent in file jobs this run, by format (from handing a file to its worker to its result,
	summed over the files: with N workers, up to N× the run's duration): where the time goes.
	*/
	jobSecondsByFormat: Record<string, number>;
	byStatus: Record<string, number>;
	bySkipReason: Record<string, number>;
};

/** `jobSeconds`: how long its file job took, when one ran this run. */
type Outcome = InputRecord & {parsed: boolean; bytes: number; jobSeconds?: number};

/** What became of an input, with its report's text when this run wrote it (the sinks take it from here, not the disk). */
type Settled = {outcome: Outcome; reportText?: string};

/**
Failures that are a property of the bytes, kept by content so that a re-run skips the file. A
timeout, running out of memory (both depend on the limits and the machine), an I/O error and an
internal error are retried on the next run instead.
*/
const CACHED_REASONS: ReadonlySet<string> = new Set<FailureReason | 'not-a-report'>([
	'corrupt',
	'encrypted',
	'no-text',
	'unsupported',
	'empty',
	'decode',
	'not-a-report',
]);

const failure = (path: string, sha256: string | null, reason: string, message: string): Outcome => ({
	path,
	sha256,
	id: sha256 ? reportId(sha256) : null,
	format: null,
	status: 'failed',
	error: {reason, message},
	parsed: false,
	bytes: 0,
});

type RunJob = (job: FileJob) => Promise<FileJobResult>;

/** Stores a job's result in the cache and says what became of the input. */
async function keep(
	store: OutputStore,
	base: Omit<Outcome, 'format' | 'status' | 'error' | 'parsed'>,
	result: FileJobResult,
): Promise<Outcome> {
	const id = base.id!;
	if (result.status === 'ok') {
		// The view first: a cached report always has its view.
		if (result.viewJson !== null) await store.saveView(id, result.viewJson);
		await store.saveReport(id, result.reportJson);
		return {...base, format: result.format, status: 'ok', error: null, parsed: true};
	}
	const error =
		result.status === 'not-a-report'
			? {reason: 'not-a-report', message: result.message}
			: {reason: result.reason, message: result.message};
	if (CACHED_REASONS.has(error.reason)) await store.saveError(id, error);
	return {
		...base,
		format: result.status === 'not-a-report' ? result.format : null,
		status: result.status,
		error,
		parsed: true,
	};
}

/** What a file job needs from the run: where results go, how jobs run, and the jobs in flight. */
type RunContext = {
	store: OutputStore;
	run: RunJob;
	maxBytes: number;
	/** Content already being read under another name: its duplicates wait for it instead of reading it twice. */
	inFlight: Map<string, Promise<Outcome>>;
	/** Settles when every input started before has claimed its content (or failed to read). */
	claims: Promise<void>;
	lang: Lang;
	ocr: OcrMode;
};

async function processItem(item: InputItem, context: RunContext): Promise<Settled> {
	// Reads and hashes run side by side, but inputs claim their content in path order: the first
	// name of some content reads it and writes its report, once, whichever read finished first.
	const earlier = context.claims;
	let claimed!: () => void;
	context.claims = new Promise((resolve) => {
		claimed = resolve;
	});
	// Neither rejects: a read that fails is a failure outcome.
	const hashed = await readAndHash(item, context.maxBytes);
	await earlier;
	if (!hashed.read) {
		claimed();
		return {outcome: hashed.failure};
	}
	const {bytes, sha256} = hashed;
	const id = reportId(sha256);
	const base = {path: item.path, sha256, id, bytes: bytes.length};
	const first = context.inFlight.get(id);
	if (first) {
		claimed();
		return {outcome: {...(await first), ...base, parsed: false}};
	}
	const settled = readOrRecall(base, bytes, context);
	const outcome = settled.then((result) => result.outcome);
	// Awaited only by a duplicate, if one comes; the rejection itself is this input's (below).
	outcome.catch(() => undefined);
	context.inFlight.set(id, outcome);
	claimed();
	try {
		return await settled;
	} finally {
		context.inFlight.delete(id);
	}
}

type Hashed = {read: true; bytes: Buffer; sha256: string} | {read: false; failure: Outcome};

/** An input's bytes and their sha256, or the failure that stopped reading them. */
async function readAndHash(item: InputItem, maxBytes: number): Promise<Hashed> {
	if (item.size > maxBytes)
		return {read: false, failure: failure(item.path, null, 'too-large', overSizeLimit(item.size, maxBytes))};
	try {
		const bytes = await item.read(maxBytes);
		return {read: true, bytes, sha256: createHash('sha256').update(bytes).digest('hex')};
	} catch (error) {
		const reason = (error as {reason?: string}).reason ?? 'unreadable';
		return {read: false, failure: failure(item.path, null, reason, (error as Error).message)};
	}
}

/** The cached result of some content, or a new one from its file job. */
async function readOrRecall(
	base: Omit<Outcome, 'format' | 'status' | 'error' | 'parsed'>,
	bytes: Buffer,
	{store, run, lang, ocr}: RunContext,
): Promise<Settled> {
	const id = base.id!;
	if (await store.hasReport(id)) return {outcome: {...base, format: null, status: 'ok', error: null, parsed: false}};
	const cachedError = await store.readError(id);
	if (cachedError)
		return {
			outcome: {
				...base,
				format: null,
				status: cachedError.reason === 'not-a-report' ? 'not-a-report' : 'failed',
				error: cachedError,
				parsed: false,
			},
		};
	const result = await run({path: base.path, bytes, sha256: base.sha256!, forIngest: true, lang, ocr});
	try {
		const outcome = {...(await keep(store, base, result)), jobSeconds: result.seconds};
		return {outcome, reportText: result.status === 'ok' ? result.reportJson : undefined};
	} catch (error) {
		// The output folder failed us (ENOSPC, EIO…): the file is not to blame, nothing is cached.
		return {
			outcome: {
				...failure(base.path, base.sha256, 'io', `could not write its result: ${(error as Error).message}`),
				bytes: bytes.length,
			},
		};
	}
}

function summarize(outcomes: Outcome[], skipped: SkippedInput[], tally: Tally, startedAt: number): IngestSummary {
	const durationSeconds = (performance.now() - startedAt) / 1000;
	const parsed = outcomes.filter((outcome) => outcome.parsed);
	const bySkipReason: Record<string, number> = {};
	// A file that failed has no format: its job's time (a timeout's, say) is told as `failed`.
	const jobSecondsByFormat: Record<string, number> = {};
	for (const {format, jobSeconds} of parsed) {
		if (jobSeconds === undefined) continue;
		const key = format ?? 'failed';
		jobSecondsByFormat[key] = (jobSecondsByFormat[key] ?? 0) + jobSeconds;
	}
	for (const format of Object.keys(jobSecondsByFormat))
		jobSecondsByFormat[format] = Math.round(jobSecondsByFormat[format]! * 1000) / 1000;
	for (const {reason} of skipped) bySkipReason[reason] = (bySkipReason[reason] ?? 0) + 1;
	return {
		inputs: outcomes.length + skipped.length,
		skipped: skipped.length,
		...tally,
		byStatus: {
			ok: tally.reports,
			failed: tally.failed,
			duplicate: tally.duplicates,
			'not-a-report': tally.notReports,
			skipped: skipped.length,
		},
		bySkipReason,
		parsedThisRun: parsed.length,
		cachedThisRun: outcomes.length - parsed.length,
		durationSeconds: Math.round(durationSeconds * 1000) / 1000,
		reportsPerSecond: Math.round((parsed.length / durationSeconds) * 10) / 10,
		megabytesPerSecond:
			Math.round((parsed.reduce((sum, outcome) => sum + outcome.bytes, 0) / 1048576 / durationSeconds) * 100) / 100,
		jobSecondsByFormat,
	};
}

/** The inputs of one shard; unreadable and skipped ones are counted by the shard their path falls in. */
function shardOfList(list: InputList, shard: Shard | undefined): InputList {
	if (!shard) return list;
	return {
		...list,
		items: list.items.filter((item) => inShard(item.relative, shard)),
		unreadable: list.unreadable.filter((entry) => inShard(entry.path, shard)),
		skipped: list.skipped.filter((entry) => inShard(entry.path, shard)),
	};
}

/** An input in path order: one to read, or one that failed before it could be (unreadable when listed). */
type Entry = {path: string; item: InputItem} | {path: string; outcome: Outcome};

/**
How many inputs the run may be ahead of the sinks: enough that a large file in flight does not stop
the others, few enough that the settled inputs waiting for it (and their report texts) stay small.
*/
const AHEAD_OF_SINKS = 64;

/**
Runs every input through its file job, a few at a time, and hands each outcome to the assembly in
path order; says what became of each.
*/
async function processAll(
	entries: Entry[],
	context: RunContext,
	concurrency: number,
	{progress, onProgress, assembly}: {progress: Progress; onProgress: IngestOptions['onProgress']; assembly: Assembly},
): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	const settle = (index: number, {outcome, reportText}: Settled) => {
		outcomes.push(outcome);
		progress.done++;
		if (outcome.status === 'failed') progress.failed++;
		if (outcome.parsed) progress.parsed++;
		onProgress?.(progress);
		assembly.add(index, outcome, reportText);
	};
	// One more file in flight than workers: the main thread hashes and writes while they work.
	const queue = new PQueue({concurrency: concurrency + 1});
	for (const [index, entry] of entries.entries()) {
		// Feed the queue a few items ahead only: thousands of pending closures are memory for nothing.
		await queue.onSizeLessThan(concurrency * 2);
		await assembly.fed(index - AHEAD_OF_SINKS);
		// The outputs cannot be written (a full disk): reading more would be lost work.
		if (assembly.failed) break;
		if ('outcome' in entry) {
			settle(index, {outcome: entry.outcome});
			continue;
		}
		void queue.add(async () => {
			// Nothing about one file may stop the run.
			const settled = await processItem(entry.item, context).catch(
				(error: unknown): Settled => ({
					outcome: failure(entry.item.path, null, 'internal', (error as Error)?.message ?? String(error)),
				}),
			);
			settle(index, settled);
		});
	}
	await queue.onIdle();
	return outcomes;
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
	const startedAt = performance.now();
	const concurrency = Math.max(1, options.concurrency ?? INGEST_DEFAULTS.concurrency);
	// Reached and migrated before any work (a wrong URL fails in a second, not after the archive);
	// it holds no connection until it writes.
	const database = options.database
		? await (await import('./sinks/postgres-sink.js')).PostgresSink.open(options.database)
		: null;
	const store = new OutputStore(options.out);
	await store.open();
	try {
		const list = shardOfList(await expandInputs(options.inputs, {exclude: [store.dir]}), options.shard);
		const workers = options.workers ?? true;
		// The workers run the same code for the whole batch: V8 may wait longer before optimizing it.
		if (workers) tierUpForBatch();
		const runner = await fileRunner({
			threads: concurrency,
			timeoutMs: options.timeoutMs ?? INGEST_DEFAULTS.timeoutMs,
			memoryMb: options.memoryMb ?? INGEST_DEFAULTS.memoryMb,
			workers,
		});
		const total = list.items.length + list.unreadable.length;
		const progress: Progress = {done: 0, total, failed: 0, parsed: 0, startedAt};
		const context: RunContext = {
			store,
			run: runner.run,
			maxBytes: options.maxBytes ?? INGEST_DEFAULTS.maxBytes,
			inFlight: new Map(),
			claims: Promise.resolve(),
			lang: options.lang ?? DEFAULT_LANG,
			ocr: options.ocr ?? 'auto',
		};
		const entries: Entry[] = [
			...list.unreadable.map(({path, message}) => ({path, outcome: failure(path, null, 'unreadable', message)})),
			...list.items.map((item) => ({path: item.path, item})),
		].sort(byPath);
		const assembly = new Assembly(store, context.lang, [...folderSinks(store), ...(database ? [database] : [])]);
		let outcomes: Outcome[];
		try {
			outcomes = await processAll(entries, context, concurrency, {progress, onProgress: options.onProgress, assembly});
		} catch (error) {
			await assembly.abandon();
			throw error;
		} finally {
			await runner.close();
			await list.close();
		}
		const tally = await assembly.finish(entries.length);
		const summary = summarize(outcomes, list.skipped, tally, startedAt);
		await store.writeAtomic(`${options.out}/summary.json`, `${JSON.stringify(summary, null, 2)}\n`);
		return summary;
	} finally {
		await store.close();
	}
}
