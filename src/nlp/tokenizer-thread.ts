/**
The process's one tokenizer, in a thread of its own, for the file workers. nodejieba holds its
dictionary (~50 MB of native memory) per thread and never frees it when a thread is terminated,
and terminating a thread inside a native call aborts the process: so the workers that a timeout
may terminate never load nodejieba. They ask this thread instead, synchronously (see `remoteSpans`):
post the text on their own port, sleep on a shared flag, and read the answer off the port.
*/
import {MessageChannel, type MessagePort, receiveMessageOnPort, Worker, workerData} from 'node:worker_threads';
import {threadEntry} from '../runtime/thread-entry.js';

/** What a file worker gets in its workerData to reach the tokenizer thread. */
export type TokenizerLink = {port: MessagePort; signal: SharedArrayBuffer};

/** One request: the texts, and the flag to raise once their words are on the port. */
export type CutRequest = {texts: string[]; signal: SharedArrayBuffer};

/**
The answer: each text's words as start and end offsets in pairs (see `wordSpans`), moved rather
than copied; the words themselves are slices of the texts the worker already holds. Copying
thousands of short strings across threads cost more than cutting them.
*/
export type CutAnswer = {spans?: Int32Array[]; error?: string};

/** The main thread's handle on the tokenizer thread; started on first use. */
export class TokenizerThread {
	private worker: Worker | null = null;

	/** A new link for one file worker: a port to this thread and the flag it sleeps on. */
	link(): {link: TokenizerLink; transfer: MessagePort[]} {
		if (!this.worker) {
			const entry = threadEntry(import.meta.url, 'tokenizer-service');
			this.worker = new Worker(entry.url, {workerData: entry.workerData});
			this.worker.unref();
		}
		const channel = new MessageChannel();
		this.worker.postMessage({port: channel.port2}, [channel.port2]);
		return {link: {port: channel.port1, signal: new SharedArrayBuffer(4)}, transfer: [channel.port1]};
	}

	async close(): Promise<void> {
		await this.worker?.terminate();
		this.worker = null;
	}
}

const link = (workerData as {tokenizer?: TokenizerLink} | null)?.tokenizer ?? null;

/** Whether this thread reaches the tokenizer through the tokenizer thread. */
export const hasRemoteTokenizer = link !== null;

/**
The word spans of each text (see `CutAnswer`), cut by the tokenizer thread; blocks this thread until
they are back. One round trip costs ~0.15 ms: callers send many texts at once.
*/
export function remoteSpans(texts: string[]): Int32Array[] {
	const flag = new Int32Array(link!.signal);
	Atomics.store(flag, 0, 0);
	link!.port.postMessage({texts, signal: link!.signal} satisfies CutRequest);
	Atomics.wait(flag, 0, 0);
	const answer = receiveMessageOnPort(link!.port)!.message as CutAnswer;
	if (answer.error !== undefined) throw new Error(`the tokenizer thread failed: ${answer.error}`);
	return answer.spans!;
}
