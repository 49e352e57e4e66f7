/**
Entry of the tokenizer thread (see ./tokenizer-thread.ts): answers each file worker's port with the
words of its text, then raises the worker's flag to wake it.
*/
import {type MessagePort, parentPort} from 'node:worker_threads';
import type {CutRequest} from './tokenizer-thread.js';
import {localCut} from './tokenizer.js';

parentPort!.on('message', ({port}: {port: MessagePort}) => {
	port.on('message', ({texts, signal}: CutRequest) => {
		// A failure (a missing dictionary) is an answer too: the worker must not sleep until its timeout.
		try {
			port.postMessage({words: texts.map(localCut)});
		} catch (error) {
			port.postMessage({error: error instanceof Error ? error.message : String(error)});
		}
		const flag = new Int32Array(signal);
		Atomics.store(flag, 0, 1);
		Atomics.notify(flag, 0);
	});
});
