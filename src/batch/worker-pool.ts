/**
A small pool of reader threads with a hard per-file timeout: pdf.js blocks its thread's event loop,
so a promise timeout cannot stop it; terminating the worker does, and a fresh one takes its place.
*/
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {DocumentLoadError, type InputErrorReason} from '../errors.js';
import type {RawDocument} from '../document/doc-file.js';
import type {Format} from '../schema.js';
import type {ReadRequest, ReadResponse} from './read-worker.js';

type Slot = {worker: Worker; busy: boolean; reads: number};

/** pdf.js keeps font and CMap caches per thread: a worker is replaced after this many files. */
const READS_PER_WORKER = 200;
type Waiter = (slot: Slot) => void;

/** The compiled worker when running from dist/, a tsx bootstrap of the TypeScript source under tests. */
function workerEntry(): URL {
	const compiled = new URL('./read-worker.js', import.meta.url);
	return existsSync(fileURLToPath(compiled)) ? compiled : new URL('./read-worker-source.mjs', import.meta.url);
}

export class ReaderPool {
	private readonly slots: Slot[] = [];
	private readonly waiting: Waiter[] = [];
	private nextId = 0;

	/** Workers start on the first read: a resumed run that reads nothing starts none. */
	constructor(private readonly size: number, private readonly timeoutMs: number) {}

	private spawn(): Slot {
		// A small young generation makes pdf.js collect its garbage early instead of growing the heap.
		const worker = new Worker(workerEntry(), {resourceLimits: {maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 256}});
		worker.unref();
		// A worker that dies between files must not take the process with it; the next read notices.
		worker.on('error', () => undefined);
		return {worker, busy: false, reads: 0};
	}

	private acquire(): Promise<Slot> {
		if (this.slots.length < this.size && this.slots.every((slot) => slot.busy)) this.slots.push(this.spawn());
		const free = this.slots.find((slot) => !slot.busy);
		if (free) {
			free.busy = true;
			return Promise.resolve(free);
		}
		return new Promise((resolve) => this.waiting.push(resolve));
	}

	private release(slot: Slot): void {
		if (++slot.reads >= READS_PER_WORKER && this.slots.includes(slot)) {
			void slot.worker.terminate();
			const fresh = this.spawn();
			this.slots[this.slots.indexOf(slot)] = fresh;
			slot = fresh;
		}
		const next = this.waiting.shift();
		if (next) next(slot);
		else slot.busy = false;
	}

	/** Reads bytes of a format in a worker; throws DocumentLoadError (timeout included). */
	async read(format: Format, bytes: Uint8Array): Promise<RawDocument> {
		let slot = await this.acquire();
		const id = this.nextId++;
		try {
			return await new Promise<RawDocument>((resolve, reject) => {
				const timer = setTimeout(() => {
					cleanup();
					// Stop the work for real: the thread is terminated and replaced.
					void slot.worker.terminate();
					const replacement = this.spawn();
					this.slots[this.slots.indexOf(slot)] = replacement;
					slot = replacement;
					reject(new DocumentLoadError('timeout', `gave up after ${Math.round(this.timeoutMs / 1000)} s`));
				}, this.timeoutMs);
				const onMessage = (response: ReadResponse) => {
					if (response.id !== id) return;
					cleanup();
					if (response.raw) resolve(response.raw);
					else reject(new DocumentLoadError(response.error!.reason as InputErrorReason, response.error!.message));
				};
				const onError = (error: Error) => {
					cleanup();
					const replacement = this.spawn();
					this.slots[this.slots.indexOf(slot)] = replacement;
					slot = replacement;
					reject(new DocumentLoadError('corrupt', `reader crashed: ${error.message}`));
				};
				const cleanup = () => {
					clearTimeout(timer);
					slot.worker.off('message', onMessage);
					slot.worker.off('error', onError);
				};
				slot.worker.on('message', onMessage);
				slot.worker.on('error', onError);
				slot.worker.postMessage({id, format, bytes} satisfies ReadRequest);
			});
		} finally {
			this.release(slot);
		}
	}

	async close(): Promise<void> {
		await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
	}
}
