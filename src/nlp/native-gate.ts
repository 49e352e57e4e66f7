/**
A gate around native calls (nodejieba) in worker threads. Terminating a worker while it is inside
a native addon aborts the whole process ("terminate called after throwing an instance of
'Napi::Error'"), so the pool stops a worker only through this gate: the worker marks each native
call, and the pool closes the gate between two calls before it terminates the thread.

One Int32 in shared memory: OPEN (running JavaScript), NATIVE (inside the addon), CLOSED (being
terminated: no native call may start).
*/
import {isMainThread, workerData} from 'node:worker_threads';

const OPEN = 0;
const NATIVE = 1;
const CLOSED = 2;

/** The shared memory a pool hands to each worker as `workerData.nativeGate`. */
export function createNativeGate(): SharedArrayBuffer {
	return new SharedArrayBuffer(4);
}

const state: Int32Array | null = !isMainThread && (workerData as {nativeGate?: SharedArrayBuffer} | null)?.nativeGate ? new Int32Array((workerData as {nativeGate: SharedArrayBuffer}).nativeGate) : null;

let depth = 0;

/** Runs a native call inside the gate; on the main thread (no pool), just runs it. */
export function throughGate<T>(call: () => T): T {
	// Nested calls (loading the dictionary on the first cut) are already inside the gate.
	if (!state || depth > 0) return call();
	// A closed gate means this thread is about to be terminated: wait here, in JavaScript, for it.
	while (Atomics.compareExchange(state, 0, OPEN, NATIVE) !== OPEN) Atomics.wait(state, 0, CLOSED, 1000);
	depth++;
	try {
		return call();
	} finally {
		depth--;
		Atomics.store(state, 0, OPEN);
	}
}

/** Closes the gate once no native call runs; resolves when the thread may be terminated safely. */
export async function closeGate(gate: SharedArrayBuffer, giveUpMs = 10_000): Promise<void> {
	const shared = new Int32Array(gate);
	const started = Date.now();
	while (Atomics.compareExchange(shared, 0, OPEN, CLOSED) === NATIVE && Date.now() - started < giveUpMs) await new Promise((resolve) => setTimeout(resolve, 2));
}
