/**
Worker thread entry: runs the whole per-file job (read, analysis, serialization) on bytes and
posts back its result, so the main thread stays free to hash, cache and write while workers
analyse. Before its first job a worker is given the pool's word table (shared memory), so no
worker builds its own.
*/
import {parentPort} from 'node:worker_threads';
import {installWordDictionary} from '../nlp/tokenizer.js';
import type {WordDictionary} from '../nlp/word-dictionary.js';
import {collectYoungGarbage} from '../runtime/young-garbage.js';
import {runFileJob, type FileJob, type FileJobResult} from './file-job.js';

export type WorkerRequest = {id: number; job: FileJob} | {dictionary: WordDictionary};
export type WorkerResponse = {id: number; result: FileJobResult};

// pdf.js leaves promises behind a document it gave up on (a broken cross-reference table rejects
// after the job has answered). Unhandled, such a leftover would crash this thread in the middle of
// the next file's job and be recorded against that file: it belongs to no job, so it is dropped.
process.on('unhandledRejection', () => undefined);

parentPort!.on('message', async (request: WorkerRequest) => {
	if ('dictionary' in request) {
		installWordDictionary(request.dictionary);
		return;
	}
	parentPort!.postMessage({id: request.id, result: await runFileJob(request.job)} satisfies WorkerResponse);
	// The file's garbage dies young now, instead of being promoted halfway through the next file.
	collectYoungGarbage();
});
