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

type Slot = {worker: Worker; busy: boolean};
type Waiter = (slot: Slot) => void;

/** The compiled worker when running from dist/, the TypeScript source (through tsx) under tests. */
function workerEntry(): {url: URL; execArgv: string[]} {
	const compiled = new URL('./read-worker.js', import.meta.url);
	if (existsSync(fileURLToPath(compiled))) return {url: compiled, execArgv: []};
	return {url: new URL('./read-worker.ts', import.meta.url), execArgv: ['--import', 'tsx']};
}

export class ReaderPool {
	private readonly slots: Slot[] = [];
	private readonly waiting: Waiter[] = [];
	private nextId = 0;

	constructor(size: number, private readonly timeoutMs: number) {
		for (let index = 0; index < size; index++) this.slots.push(this.spawn());
	}

	private spawn(): Slot {
		const {url, execArgv} = workerEntry();
		const worker = new Worker(url, {execArgv});
		worker.unref();
		return {worker, busy: false};
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
		const next = this.waiting.shift();
		if (next) next(slot);
		else slot.busy = false;
	}

	/** Reads bytes of a format in a worker; throws DocumentLoadError (timeout included). */
	async read(format: Format, bytes: Uint8Array): Promise<RawDocument> {
		let slot = await this.acquire();
		slot.busy = true;
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
