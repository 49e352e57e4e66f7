/**
How long a file job ran, for ingest's summary. Its own module: the main thread's pool needs it
without loading the pipeline that file-job.ts brings.
*/
import type {FileJobResult} from './file-job.js';

/** A job's result with how long it ran; the caller starts the clock once the job has its thread. */
export async function timed(run: () => Promise<FileJobResult>): Promise<FileJobResult> {
	const started = performance.now();
	const result = await run();
	return {...result, seconds: (performance.now() - started) / 1000};
}
