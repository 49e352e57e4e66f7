/**
Worker thread entry: runs one format reader (pdf.js, the DOCX walker) on bytes and posts back the
RawDocument, or the reason it could not. Only reading happens here: the tokenizer-bound analysis
stays on the main thread, so the dictionary is loaded once per process, never per worker.
*/
import {parentPort} from 'node:worker_threads';
import {DocumentLoadError} from '../errors.js';
import {FORMATS} from '../read/formats.js';
import type {Format} from '../schema.js';

export type ReadRequest = {id: number; format: Format; bytes: Uint8Array};
export type ReadResponse = {id: number; raw?: import('../document/doc-file.js').RawDocument; error?: {reason: string; message: string}};

parentPort!.on('message', async ({id, format, bytes}: ReadRequest) => {
	try {
		const raw = await FORMATS.find((entry) => entry.format === format)!.read(bytes);
		parentPort!.postMessage({id, raw} satisfies ReadResponse);
	} catch (error) {
		const reason = error instanceof DocumentLoadError ? error.reason : 'corrupt';
		const message = error instanceof DocumentLoadError ? error.message : `reader failed: ${(error as Error)?.message ?? String(error)}`;
		parentPort!.postMessage({id, error: {reason, message}} satisfies ReadResponse);
	}
});
