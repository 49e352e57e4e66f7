/**
Worker thread entry: runs the whole per-file job (read, analysis, serialization) on bytes and
posts back its result, so the main thread stays free to hash, cache and write while workers
analyse. Workers never load nodejieba: they ask the process's one tokenizer thread
(../nlp/tokenizer-thread.ts).
*/
import {parentPort} from 'node:worker_threads';
import {collectYoungGarbage} from '../runtime/young-garbage.js';
import {runFileJob, type FileJob, type FileJobResult} from './file-job.js';

export type WorkerRequest = {id: number; job: FileJob};
export type WorkerResponse = {id: number; result: FileJobResult};

// pdf.js leaves promises behind a document it gave up on (a broken cross-reference table rejects
// after the job has answered). Unhandled, such a leftover would crash this thread in the middle of
// the next file's job and be recorded against that file: it belongs to no job, so it is dropped.
process.on('unhandledRejection', () => undefined);

parentPort!.on('message', async ({id, job}: WorkerRequest) => {
	parentPort!.postMessage({id, result: await runFileJob(job)} satisfies WorkerResponse);
	// The file's garbage dies young now, instead of being promoted halfway through the next file.
	collectYoungGarbage();
});
