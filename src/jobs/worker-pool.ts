/**
A small pool of worker threads that run file jobs with a hard per-file timeout and memory limit.
pdf.js and a pathological text block their thread's event loop, so a promise timeout cannot stop
them; terminating the worker does, and a fresh worker takes its place in the same slot.

A slot belongs to exactly one job from `acquire` to `release`: replacing a crashed or timed-out
worker swaps the thread inside the slot and never frees the slot early, so no two files ever share
a thread (one file's crash is never recorded against another).
*/
import {Worker} from 'node:worker_threads';
import {loadWordDictionary} from '../nlp/tokenizer.js';
import type {WordDictionary} from '../nlp/word-dictionary.js';
import {threadEntry} from '../runtime/thread-entry.js';
import type {FileJob, FileJobResult} from './file-job.js';
import {timed} from './timed.js';
import type {WorkerRequest, WorkerResponse} from './file-worker.js';

type Slot = {worker: Worker | null; busy: boolean; jobs: number};

/**
A worker is replaced after this many files, in case a library keeps something per thread. None was
seen to: a thread's heap after a full collection stays at 28-29 MB from the 250th to the 2,000th
mixed report (18 MB over 1,500 PDFs read alone). A fresh thread costs its module loading and its
JIT warm-up again: replacing every 200 files cost ~8 % of an ingest's CPU (1,000 reports).
*/
const JOBS_PER_WORKER = 2000;

export type PoolLimits = {
	/** Per-file limit, after which the worker is terminated and the file fails with `timeout`. */
	timeoutMs: number;
	/** V8 heap a worker may use for one file; past it the file fails with `too-large`. */
	memoryMb: number;
};

export class WorkerPool {
	private readonly slots: Slot[];
	private readonly waiting: Array<(slot: Slot) => void> = [];
	private nextId = 0;
	/** The word table the workers share, built once the first thread is on its way (see `spawn`). */
	private dictionary: WordDictionary | null = null;

	/** Threads start on the first job: a resumed run that reads nothing starts none. */
	constructor(
		size: number,
		private readonly limits: PoolLimits,
	) {
		this.slots = Array.from({length: Math.max(1, size)}, () => ({worker: null, busy: false, jobs: 0}));
	}

	private spawn(): Worker {
		const entry = threadEntry(import.meta.url, 'file-worker');
		const worker = new Worker(entry.url, {
			workerData: entry.workerData,
			// A bounded young generation makes pdf.js collect its garbage early instead of growing the heap.
			// Measured on 300 reports, 2 workers: 32 MB cost 15 % more CPU in scavenges than 48 MB
			// (peak RSS 439 vs 418 MB); 64 MB reached 510 MB.
			resourceLimits: {maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: this.limits.memoryMb},
		});
		worker.unref();
		// A worker that dies between jobs must not take the process with it; the next job notices.
		worker.on('error', () => undefined);
		// Built here, after the thread has started: the build (~70 ms) overlaps the thread loading its
		// modules. The message waits in the thread's queue ahead of its first job.
		this.dictionary ??= loadWordDictionary();
		worker.postMessage({dictionary: this.dictionary} satisfies WorkerRequest);
		return worker;
	}

	/** Starts the threads now, so that their start-up overlaps whatever the caller does before its first job. */
	warm(): void {
		try {
			for (const slot of this.slots) slot.worker ??= this.spawn();
		} catch {
			// Told by the first job, against its file (see `runIn`).
		}
	}

	/** Ends the slot's thread; the next job in the slot starts a fresh one. */
	private retire(slot: Slot): void {
		void slot.worker?.terminate();
		slot.worker = null;
		slot.jobs = 0;
	}

	private acquire(): Promise<Slot> {
		const free = this.slots.find((slot) => !slot.busy);
		if (free) {
			free.busy = true;
			return Promise.resolve(free);
		}
		return new Promise((resolve) => this.waiting.push(resolve));
	}

	private release(slot: Slot): void {
		if (slot.jobs >= JOBS_PER_WORKER) this.retire(slot);
		const next = this.waiting.shift();
		// Handed over still busy: the slot goes from one job to the next without a moment free.
		if (next) next(slot);
		else slot.busy = false;
	}

	/** Runs one file job in a worker; a timeout, a crash or running out of memory becomes a failed result. */
	async run(job: FileJob): Promise<FileJobResult> {
		const slot = await this.acquire();
		try {
			// Timed from here: the wait for a free worker is not the file's.
			return await timed(() => this.runIn(slot, job));
		} finally {
			this.release(slot);
		}
	}

	private runIn(slot: Slot, job: FileJob): Promise<FileJobResult> {
		try {
			slot.worker ??= this.spawn();
		} catch (error) {
			// No thread to run in (the word table's files unreadable): the file fails with the reason, as in-process.
			return Promise.resolve({status: 'failed', reason: 'internal', message: (error as Error).message});
		}
		const worker = slot.worker;
		slot.jobs++;
		const id = this.nextId++;
		return new Promise<FileJobResult>((resolve) => {
			const finish = (result: FileJobResult, healthy: boolean) => {
				clearTimeout(timer);
				worker.off('message', onMessage);
				worker.off('error', onError);
				worker.off('exit', onExit);
				if (!healthy) this.retire(slot);
				resolve(result);
			};
			const timer = setTimeout(
				() =>
					finish(
						{status: 'failed', reason: 'timeout', message: `gave up after ${formatSeconds(this.limits.timeoutMs)}`},
						false,
					),
				this.limits.timeoutMs,
			);
			const onMessage = (response: WorkerResponse) => {
				if (response.id === id) finish(response.result, true);
			};
			const onError = (error: Error & {code?: string}) => {
				if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
					finish(
						{
							status: 'failed',
							reason: 'too-large',
							message: `needed more than the ${this.limits.memoryMb} MB memory limit`,
						},
						false,
					);
				else finish({status: 'failed', reason: 'internal', message: `worker thread crashed: ${error.message}`}, false);
			};
			const onExit = (code: number) =>
				finish({status: 'failed', reason: 'internal', message: `worker thread exited (code ${code})`}, false);
			worker.on('message', onMessage);
			worker.on('error', onError);
			worker.on('exit', onExit);
			worker.postMessage({id, job: {...job, deadline: Date.now() + this.limits.timeoutMs}} satisfies WorkerRequest);
		});
	}

	async close(): Promise<void> {
		await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
	}
}

function formatSeconds(ms: number): string {
	return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
