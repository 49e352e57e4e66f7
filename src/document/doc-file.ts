/**
The document object that travels the pipeline (the "vfile" of jixiao): the text as the user
has it, the normalized text with a map back to it, the paragraphs, and the notes.
Readers fill `RawDocument`; `normalize` turns it into a `DocFile`.
*/
import type {Format, Note} from '../schema.js';

/** What a format reader produces: plain lines the user can recognise, plus page and style hints. */
export type RawDocument = {
	/** The text as the user sees it; `\n` separates lines (DOCX: paragraphs; PDF: text lines). */
	raw: string;
	/** Raw offsets at which pages 1..n start, or null when the format has no pages. */
	pageStarts: number[] | null;
	/** 0-based raw line → heading level declared by the format (DOCX heading styles, outline levels). */
	headingLevels: Map<number, number>;
	/** 0-based raw lines that are table rows, cells separated by `\t`. */
	tableRows: Set<number>;
	/** 0-based raw lines the format knows to wrap into the next one (a PDF line that fills the page width). */
	wrappedLines: Set<number>;
	encoding: string | null;
	notes: Note[];
	/** Words read by OCR: raw [start, end) and the recognizer's confidence (0–100), sorted by start. */
	ocrWords?: OcrWord[];
};

export type OcrWord = [start: number, end: number, confidence: number];

/** A table of contents entry is neither a heading nor body text. */
export type ParagraphKind = 'text' | 'table-row' | 'toc';

/** One paragraph of the normalized text, `[start, end)` in normalized offsets. */
export type Paragraph = {start: number; end: number; kind: ParagraphKind; headingLevel: number | null};

/** A heading start and the section path that holds from there on. */
export type SectionMark = {start: number; path: string[]};

export type DocFile = {
	path: string;
	format: Format;
	sha256: string;
	bytes: number;
	encoding: string | null;
	raw: string;
	/** Normalized text: width-folded, converter remnants removed, broken sentences re-joined. */
	text: string;
	/** `origin[i]` is the raw offset of normalized character i (length text.length + 1). */
	origin: Int32Array;
	lineStarts: number[];
	pageStarts: number[] | null;
	paragraphs: Paragraph[];
	notes: Note[];
	/** Words read by OCR, in raw offsets (see RawDocument). */
	ocrWords: OcrWord[];
};

export function emptyRawDocument(raw: string, encoding: string | null = null): RawDocument {
	return {
		raw,
		pageStarts: null,
		headingLevels: new Map(),
		tableRows: new Set(),
		wrappedLines: new Set(),
		encoding,
		notes: [],
	};
}

/**
A DocFile after segmentation: every heading has its mark, so a loc can name its section. Only
segmentation makes one (segment/section-tree.ts), so a loc cannot be asked for too early.
*/
export type SegmentedDoc = DocFile & {
	/** Sorted by start. */
	readonly sectionMarks: readonly SectionMark[];
	/** The marks' starts, for binary search. */
	readonly sectionStarts: readonly number[];
};
