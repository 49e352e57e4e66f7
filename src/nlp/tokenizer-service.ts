/**
Entry of the tokenizer thread (see ./tokenizer-thread.ts): loads the dictionaries at once, answers
each file worker's port with the word spans of its texts, then raises the worker's flag to wake it.
*/
import {type MessagePort, parentPort} from 'node:worker_threads';
import type {CutAnswer, CutRequest} from './tokenizer-thread.js';
import {localSpans, preloadTokenizer} from './tokenizer.js';

parentPort!.on('message', ({port}: {port: MessagePort}) => {
	port.on('message', ({texts, signal}: CutRequest) => {
		// A failure (a missing dictionary) is an answer too: the worker must not sleep until its timeout.
		try {
			const spans = texts.map(localSpans);
			port.postMessage(
				{spans} satisfies CutAnswer,
				spans.map((each) => each.buffer as ArrayBuffer),
			);
		} catch (error) {
			port.postMessage({error: error instanceof Error ? error.message : String(error)} satisfies CutAnswer);
		}
		const flag = new Int32Array(signal);
		Atomics.store(flag, 0, 1);
		Atomics.notify(flag, 0);
	});
});

// The dictionaries load while the file workers load their modules (the thread starts with the
// first worker), not when the first text arrives: a single parse waited ~250 ms for them. A
// failure here is answered to each request above instead.
setImmediate(() => {
	try {
		preloadTokenizer();
	} catch {}
});
