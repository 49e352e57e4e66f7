/**
The public API: `parse(path)` returns the same report object `jixiao parse` prints.
*/
import {readFile} from 'node:fs/promises';
import {processDocument, type ProcessOptions} from './pipeline.js';
import {reportSchema, type Report} from './schema.js';

/** Reads, analyses and audits one report file (TXT, DOCX or PDF). */
export async function parse(path: string, options: ProcessOptions = {}): Promise<Report> {
	return reportSchema.parse(await processDocument(await readFile(path), path, options));
}

/** Same as `parse`, for bytes already in memory; `path` names the source in the report. */
export async function parseBytes(bytes: Uint8Array, path: string, options: ProcessOptions = {}): Promise<Report> {
	return reportSchema.parse(await processDocument(bytes, path, options));
}

export {processDocument} from './pipeline.js';
export {RULES as rules} from './rules/index.js';
export {reportSchema, reportJsonSchema, SCHEMA_VERSION} from './schema.js';
export type {Report, Fact, Indicator, Finding, Section, Loc, Note, Evaluation} from './schema.js';
export {DocumentLoadError, UsageError, JixiaoError} from './errors.js';
