/**
How file jobs run: in a pool of worker threads under the per-file limits (the default), or on the
calling thread without them (`--no-workers`, for debugging). The command line and ingest both ask
here, so the two modes cannot drift apart.
*/
import type {FileJob, FileJobResult} from './file-job.js';
import type {PoolLimits} from './worker-pool.js';

export type FileRunner = {run: (job: FileJob) => Promise<FileJobResult>; close: () => Promise<void>};

/** `warm` starts the threads at once (one file: their start-up overlaps reading it); else on the first job. */
export async function fileRunner(
	options: PoolLimits & {threads: number; workers: boolean; warm?: boolean},
): Promise<FileRunner> {
	if (!options.workers) {
		const [{runFileJob}, {timed}] = await Promise.all([import('./file-job.js'), import('./timed.js')]);
		return {run: (job) => timed(() => runFileJob(job)), close: async () => undefined};
	}
	const {WorkerPool} = await import('./worker-pool.js');
	const pool = new WorkerPool(options.threads, {timeoutMs: options.timeoutMs, memoryMb: options.memoryMb});
	if (options.warm) pool.warm();
	return {run: (job) => pool.run(job), close: () => pool.close()};
}
