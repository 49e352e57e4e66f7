/**
Everything done to one file, from its bytes to the serialized report: sniff, read, normalize,
segment, extract, rules, schema check and JSON. It runs in a worker thread (ingest, parse and
audit), where the per-file timeout and memory limit can stop any stage of it, or in-process with
`--no-workers`. It never throws: the result says what became of the file.
*/
import {DocumentLoadError, type InputErrorReason} from '../errors.js';
import {DEFAULT_LANG, type Lang, say} from '../messages/catalog.js';
import {processRawWithText} from '../pipeline.js';
import {sniffFormat} from '../read/formats.js';
import type {OcrMode} from '../read/pdf.js';
import {reportSchema, type Format} from '../schema.js';
import {notAReport} from './not-a-report.js';

export type FileJob = {
	path: string;
	bytes: Uint8Array;
	sha256: string;
	/** Ingest: also return the text the view shows, and tell a text that is no report apart. */
	forIngest: boolean;
	/** The language of the report's messages (default zh). */
	lang?: Lang;
	/** When the file's time is up (epoch ms): a conversion is stopped before it. */
	deadline?: number;
	/** Which PDF pages are read by OCR (default auto: those without a usable text layer). */
	ocr?: OcrMode;
};

/** Why a file failed: a property of the document (cached by content) or not (retried next run). */
export type FailureReason = InputErrorReason | 'internal';

/**
`seconds`: how long the job ran (see ./timed.ts). `viewJson`: the report's text for the HTML view
(pipeline.ts's ReportText), serialized here: a string crosses to the main thread in one copy, where the object
(a pair of offsets per paragraph) was cloned, rebuilt and serialized there.
*/
export type FileJobResult = (
	| {status: 'ok'; format: Format; reportJson: string; viewJson: string | null}
	| {status: 'not-a-report'; format: Format; message: string}
	| {status: 'failed'; reason: FailureReason; message: string}
) & {seconds?: number};

export async function runFileJob(job: FileJob): Promise<FileJobResult> {
	try {
		const entry = await sniffFormat(job.bytes, job.path);
		const raw = await entry.read(job.bytes, {deadline: job.deadline, ocr: job.ocr});
		if (raw.raw.trim().length === 0) {
			const note = raw.notes.find((candidate) => candidate.code.startsWith('no-text'));
			const said = note?.data ? say(job.lang ?? DEFAULT_LANG, 'notes', note.code, note.data) : note?.message;
			throw new DocumentLoadError('no-text', said ?? 'no text');
		}
		const {report, view} = processRawWithText(
			raw,
			{
				path: job.path,
				format: entry.format,
				sha256: job.sha256,
				bytes: job.bytes.length,
			},
			{lang: job.lang},
		);
		// The schema's parse is also the serialized form: keys in the schema's order.
		const valid = reportSchema.parse(report);
		if (job.forIngest) {
			const notReport = notAReport(valid);
			if (notReport) return {status: 'not-a-report', format: entry.format, message: notReport};
		}
		return {
			status: 'ok',
			format: entry.format,
			reportJson: `${JSON.stringify(valid, null, 2)}\n`,
			viewJson: job.forIngest ? JSON.stringify(view) : null,
		};
	} catch (error) {
		if (error instanceof DocumentLoadError) return {status: 'failed', reason: error.reason, message: error.message};
		return {status: 'failed', reason: 'internal', message: error instanceof Error ? error.message : String(error)};
	}
}
