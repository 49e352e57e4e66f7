/**
processDocument(bytes, path) = read → normalize → segment → extract → check. Every stage works on
the one DocFile; nothing here prints or exits.
*/
import {createHash} from 'node:crypto';
import {analyze, type Analysis} from './analysis.js';
import type {DocFile, RawDocument} from './document/doc-file.js';
import {pageAt} from './document/loc.js';
import {ocrConfidence} from './document/ocr-words.js';
import type {FactRecord} from './extract/facts.js';
import type {IndicatorRecord} from './extract/indicators.js';
import {formatRow} from './formats.js';
import {DEFAULT_LANG, type Lang, noteOf} from './messages/catalog.js';
import {localizeNotes} from './messages/localize.js';
import {sniffFormat} from './read/formats.js';
import {normalize} from './read/normalize.js';
import type {OcrMode} from './read/pdf.js';
import {runRules} from './rules/run-rules.js';
import {SCHEMA_VERSION, type Fact, type Format, type Indicator, type Report} from './schema.js';
import {toContractSections} from './segment/section-tree.js';

export type {Analysis} from './analysis.js';

export type ProcessOptions = {
	/** Rule ids to run; all when omitted. */
	rules?: string[];
	/** The language of messages and notes (default zh). */
	lang?: Lang;
	/** Which PDF pages are read by OCR (default auto: those without a usable text layer). */
	ocr?: OcrMode;
};

/**
The published fields of a fact, read one by one: a rest pattern (`...fact`) copies through V8's
generic path, ~1 % of the analysis.
*/
function publicFact(record: FactRecord): Fact {
	const fact: Fact = {
		concept: record.concept,
		stage: record.stage,
		entity: record.entity,
		label: record.label,
		kind: record.kind,
		value: record.value,
		exact: record.exact,
		unit: record.unit,
		decimals: record.decimals,
		text: record.text,
		loc: record.loc,
	};
	if (record.valueWan !== undefined) fact.valueWan = record.valueWan;
	if (record.source !== undefined) fact.source = record.source;
	if (record.confidence !== undefined) fact.confidence = record.confidence;
	return fact;
}
const publicIndicator = ({start: _start, ...indicator}: IndicatorRecord): Indicator => indicator;

/**
Facts and indicators a report publishes at most. The largest real reports state a few thousand
figures; a file past this is a compilation or a data dump, and the rest is counted in a note
rather than making a report of hundreds of megabytes.
*/
export const PUBLISHED_LIMITS = {facts: 20_000, indicators: 20_000} as const;

function bounded<T>(items: T[], limit: number, what: string, notes: Report['notes']): T[] {
	if (items.length <= limit) return items;
	notes.push({...noteOf(`${what}-truncated`, {count: items.length - limit, limit}), loc: null});
	return items.slice(0, limit);
}

/** A fact read by OCR says so, with the recognizer's confidence. */
function withOcr(doc: DocFile, fact: Fact, record: FactRecord): Fact {
	const confidence = ocrConfidence(doc, record.start, record.end);
	return confidence === null ? fact : {...fact, source: 'ocr', confidence};
}

/** The published form of each fact (a loop, not a callback: see src/text/by-start.ts). */
function publicFacts(doc: DocFile, records: FactRecord[]): Fact[] {
	const facts: Fact[] = [];
	for (const record of records) facts.push(withOcr(doc, publicFact(record), record));
	return facts;
}

export function toReport(analysis: Analysis, findings: Report['findings']): Report {
	const {doc, meta, evaluation} = analysis;
	const facts = bounded(analysis.facts, PUBLISHED_LIMITS.facts, 'facts', doc.notes);
	const indicators = bounded(analysis.indicators, PUBLISHED_LIMITS.indicators, 'indicators', doc.notes);
	const {titleStart: _titleStart, ...report} = meta;
	const {scoreStart: _s, gradeStart: _g, dateStart: _d, dateText: _t, ...publicEvaluation} = evaluation;
	return {
		schemaVersion: SCHEMA_VERSION,
		source: {
			path: doc.path,
			format: doc.format,
			sha256: doc.sha256,
			bytes: doc.bytes,
			pages: doc.pageStarts?.length ?? null,
			encoding: doc.encoding,
		},
		report,
		sections: toContractSections(analysis.sections),
		facts: publicFacts(doc, facts),
		indicators: indicators.map(publicIndicator),
		evaluation: publicEvaluation,
		findings,
		notes: doc.notes,
	};
}

function sha256Of(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** What the pipeline needs to know about a file besides what its reader produced. */
export type SourceInfo = {path: string; format: Format; sha256: string; bytes: number};

/** The normalized document of what a reader produced, with its format's normalization options. */
function documentOf(raw: RawDocument, source: SourceInfo): DocFile {
	return normalize(raw, {...source, joinBrokenLines: formatRow(source.format).joinBrokenLines});
}

/** Segments and extracts a document, runs the rules on it and publishes the report. */
function reportOf(doc: DocFile, options: ProcessOptions): Report {
	const analysis = analyze(doc);
	const lang = options.lang ?? DEFAULT_LANG;
	// The rules speak `lang` already; the notes readers wrote are told in it here.
	return localizeNotes(toReport(analysis, runRules(analysis, options.rules, doc.notes, lang)), lang);
}

/** normalize → segment → extract → check, on what a reader produced (possibly in a worker thread). */
export function processRaw(raw: RawDocument, source: SourceInfo, options: ProcessOptions = {}): Report {
	return reportOf(documentOf(raw, source), options);
}

/** The text a report's offsets point into, paragraph by paragraph with pages: what a viewer shows. */
export type ReportText = {text: string; paragraphs: Array<[start: number, end: number, page: number | null]>};

/** Like processRaw, and also returns the normalized text the report's offsets point into. */
export function processRawWithText(
	raw: RawDocument,
	source: SourceInfo,
	options: ProcessOptions = {},
): {report: Report; view: ReportText} {
	const doc = documentOf(raw, source);
	const report = reportOf(doc, options);
	// A loop, not a callback: see src/text/by-start.ts.
	const paragraphs: ReportText['paragraphs'] = [];
	for (const paragraph of doc.paragraphs)
		paragraphs.push([paragraph.start, paragraph.end, pageAt(doc, paragraph.start)]);
	return {report, view: {text: doc.text, paragraphs}};
}

/** Reads one file's bytes into a report. Throws DocumentLoadError for unusable input. */
export async function processDocument(bytes: Uint8Array, path: string, options: ProcessOptions = {}): Promise<Report> {
	const entry = await sniffFormat(bytes, path);
	const raw = await entry.read(bytes, {ocr: options.ocr});
	return processRaw(raw, {path, format: entry.format, sha256: sha256Of(bytes), bytes: bytes.length}, options);
}
