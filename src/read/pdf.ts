/**
PDF reader (pdf-parse 2.x on pdf.js), page by page. Chinese text in predefined-CMap fonts
(UniGB-UCS2-H, common in government PDFs) comes back empty unless pdf.js gets the CMap directory,
so it is always passed, with the standard font data; font code evaluation is off for untrusted
input. Page furniture (— 3 —, 第3页, 3/12, running headers) is dropped and the spaces pdf.js puts
between wide CJK glyphs ("1 , 9 2 9 . 8 1") are collapsed; normalize() then re-joins lines into
paragraphs, across page breaks too.
*/
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {DocumentLoadError} from '../errors.js';
import type {Note} from '../schema.js';
import {OCR_DPI, type OcrLine, ocrAvailable, ocrPdfPages, ocrUnavailable, unreadableText} from './ocr.js';
import {noteOf} from '../messages/catalog.js';
import {emptyRawDocument, type OcrWord, type RawDocument} from '../document/doc-file.js';
import {wordShares} from '../nlp/word-share.js';
import {pdfLibraries} from './pdf-library.js';
import {tablesFromPositions} from './pdf-positions.js';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** pdf.js wants directory URLs that end in a slash. */
const CMAP_URL = `${join(PDFJS_DIR, 'cmaps')}/`;
const STANDARD_FONT_URL = `${join(PDFJS_DIR, 'standard_fonts')}/`;

/**
pdf.js leaves promises behind a document it gave up on: a broken cross-reference table rejects
(XRefEntryException) after getText has returned. Unhandled, such a rejection ends the process (the
library's caller, `--no-workers`) or crashes the worker under the next file. Those leftovers, and
only those (a pdf.js exception raised inside pdf.js's own code), are dropped; any other unhandled
rejection is rethrown as Node would.
*/
function dropPdfjsLeftovers(reason: unknown): void {
	const {name, stack} = (reason ?? {}) as {name?: string; stack?: string};
	if (/(?:Exception|FormatError)$/u.test(name ?? '') && (stack ?? '').includes('pdfjs-dist')) return;
	throw reason;
}
let leftoversHandled = false;

/** One set of pdf.js options for both readers: CMaps and standard fonts from disk, no eval, no console noise. */
const PDFJS_OPTIONS = {
	cMapUrl: CMAP_URL,
	cMapPacked: true,
	standardFontDataUrl: STANDARD_FONT_URL,
	isEvalSupported: false,
	verbosity: 0,
} as const;

/** Page numbers as Chinese official documents print them. */
const PAGE_NUMBER = [
	/^[-—–]\s*\d{1,4}\s*[-—–]$/u,
	/^第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/u,
	/^\d{1,4}\s*\/\s*\d{1,4}$/u,
	/^\d{1,4}$/u,
	/^page\s*\d+(?:\s*of\s*\d+)?$/iu,
];
/** A run of single glyphs separated by single spaces: "1 , 9 2 9 . 8 1", "基 本 支 出". */
const SPACED_GLYPHS = /(?:[\p{Script=Han}\d.,%:;，。、：；（）()] ){2,}[\p{Script=Han}\d.,%:;，。、：；（）()]/gu;

function collapseGlyphSpacing(line: string): string {
	return line.replace(SPACED_GLYPHS, (run) => run.replaceAll(' ', ''));
}

/** Lines that open or close most pages the same way are running headers or footers. */
function runningLines(pages: string[][]): Set<string> {
	const running = new Set<string>();
	if (pages.length < 3) return running;
	const counts = new Map<string, number>();
	for (const lines of pages) {
		for (const line of new Set([...lines.slice(0, 2), ...lines.slice(-2)]))
			counts.set(line, (counts.get(line) ?? 0) + 1);
	}
	for (const [line, count] of counts) if (count >= Math.ceil(pages.length / 2) && line.length <= 40) running.add(line);
	return running;
}

/**
Headers of self-evaluation tables: only pages that hold one pay for table detection (it costs about
as much again as the text). Other tables (unit lists, signatures) stay as text lines.
*/
const TABLE_HINT = /一级指标|二级指标|年初预算数|全年执行数|年度指标值|实际完成值/u;

const squeeze = (text: string) => text.replace(/\s+/gu, '');

/** Whether a text line is made only of table cell fragments (pdf.js interleaves cells line by line). */
function coveredBy(line: string, fragments: string[]): boolean {
	let rest = squeeze(line);
	while (rest.length > 0) {
		const fragment = fragments.find((candidate) => rest.startsWith(candidate));
		if (!fragment) return false;
		rest = rest.slice(fragment.length);
	}
	return true;
}

type Table = string[][];

/**
Replaces the text lines a table occupies by its rows (cells joined by tab). A table's lines are the
longest run of consecutive lines made only of its cell fragments.
*/
function spliceTables(lines: string[], tables: Table[]): Array<{text: string; row: boolean}> {
	let result = lines.map(proseLine);
	for (const table of tables) {
		const fragments = [
			...new Set(
				table
					.flat()
					.flatMap((cell) => cell.split('\n').map(squeeze))
					.filter((fragment) => fragment.length > 0),
			),
		].sort((a, b) => b.length - a.length);
		const covered = result.map((line) => !line.row && coveredBy(line.text, fragments));
		let best: [number, number] | null = null;
		for (let start = 0; start < covered.length; start++) {
			if (!covered[start]) continue;
			let end = start;
			while (covered[end + 1]) end++;
			if (!best || end - start > best[1] - best[0]) best = [start, end];
			start = end;
		}
		if (!best || best[1] === best[0]) continue;
		const rows = table
			.map((cells) => ({text: cells.map((cell) => cell.replace(/\s*\n\s*/gu, '')).join('\t'), row: true}))
			.filter((row) => row.text.replaceAll('\t', '').length > 0);
		result = [...result.slice(0, best[0]), ...rows, ...result.slice(best[1] + 1)];
	}
	return result;
}

/** Text items with their positions, read with pdf.js itself (pdf-parse does not expose them). */
async function tablesFromTextPositions(bytes: Uint8Array, pages: number[]): Promise<Map<number, Table[]>> {
	const {pdfjs} = await pdfLibraries();
	const document = await pdfjs.getDocument({data: new Uint8Array(bytes), ...PDFJS_OPTIONS}).promise;
	const tables = new Map<number, Table[]>();
	try {
		for (const number of pages) {
			const content = await (await document.getPage(number)).getTextContent();
			const items = content.items.flatMap((item) =>
				'str' in item
					? [{x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, text: item.str}]
					: [],
			);
			const found = tablesFromPositions(items);
			if (found.length > 0) tables.set(number, found);
		}
	} finally {
		await document.destroy();
	}
	return tables;
}

function classify(error: unknown): DocumentLoadError {
	const name = (error as {name?: string})?.name ?? '';
	const message = (error as Error)?.message ?? String(error);
	if (name === 'PasswordException' || /password/iu.test(message))
		return new DocumentLoadError('encrypted', 'encrypted PDF (a password is needed to open it)', {cause: error});
	return new DocumentLoadError('corrupt', `not a readable PDF (${message})`, {cause: error});
}

// Module-level callbacks, not arrows per call: these run on every page of every PDF, and an arrow
// made per call is compiled again after each full collection (src/text/by-start.ts).
const proseLine = (text: string) => ({text, row: false});
function isPageNumber(line: string): boolean {
	for (const pattern of PAGE_NUMBER) if (pattern.test(line)) return true;
	return false;
}

/** A page's text as its lines, trimmed, glyph spacing collapsed, empty ones dropped. */
function pageLines(text: string): string[] {
	const lines: string[] = [];
	for (const line of text.split('\n')) {
		const collapsed = collapseGlyphSpacing(line.trim());
		if (collapsed.length > 0) lines.push(collapsed);
	}
	return lines;
}

/** Visual width of a line in ideograph widths: Latin letters and digits take about half. */
function widthOf(line: string): number {
	let width = 0;
	for (const char of line) width += char.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
	return width;
}

/** Lines that fill the page's measure wrap into the next line, whatever they end with. */
function wrappedOnPage(lines: string[]): boolean[] {
	// Loops, not callbacks: this runs on every page (see src/text/by-start.ts).
	const widths: number[] = [];
	for (const line of lines) widths.push(widthOf(line));
	const widest = Math.max(0, ...widths);
	const wrapped: boolean[] = [];
	for (const [index, width] of widths.entries())
		wrapped.push(widest >= 20 && index < lines.length - 1 && width >= widest * 0.94);
	return wrapped;
}

function pageRanges(pages: number[]): string {
	const ranges: string[] = [];
	for (let index = 0; index < pages.length; index++) {
		const start = pages[index]!;
		while (pages[index + 1] === pages[index]! + 1) index++;
		ranges.push(start === pages[index] ? String(start) : `${start}-${pages[index]}`);
	}
	return ranges.join(', ');
}

export type OcrMode = 'auto' | 'off' | 'force';

/**
Below this share of its Chinese characters in dictionary words, a page's text layer is characters
in an order no writer chose: a CJK font whose Unicode map points at the wrong characters (see
nlp/word-share.ts: real pages 0.79 and up, shuffled ones 0.19 at most).
*/
const MIN_WORD_SHARE = 0.4;

/** `ocr`: auto reads by OCR only the pages without a usable text layer; force every page; off none. */
export type PdfOptions = {ocr?: OcrMode; deadline?: number};

type PageLine = {text: string; row: boolean; words?: OcrLine['words']};

/**
The pages to read by OCR, and the ones among them whose text layer is there but unreadable. A clean
text layer is never sent to OCR in auto mode.
*/
function pagesForOcr(kept: PageLine[][], mode: OcrMode): {pages: number[]; unreadable: number[]} {
	if (mode === 'off') return {pages: [], unreadable: []};
	const texts = kept.map((lines) => lines.map((line) => line.text).join('\n'));
	const shares = wordShares(texts);
	const unreadable = kept.flatMap((lines, index) =>
		lines.length > 0 && (unreadableText(texts[index]!) || (shares[index] ?? 1) < MIN_WORD_SHARE) ? [index + 1] : [],
	);
	if (mode === 'force') return {pages: kept.map((_, index) => index + 1), unreadable};
	const empty = kept.flatMap((lines, index) => (lines.length === 0 ? [index + 1] : []));
	return {pages: [...empty, ...unreadable].sort((a, b) => a - b), unreadable};
}

/** Replaces the pages read by OCR with their OCR lines; notes what was read how. */
async function readByOcr(bytes: Uint8Array, kept: PageLine[][], options: PdfOptions, notes: Note[]): Promise<void> {
	const {pages, unreadable} = pagesForOcr(kept, options.ocr ?? 'auto');
	if (unreadable.length > 0)
		notes.push({...noteOf('text-layer-unreadable', {pages: pageRanges(unreadable)}), loc: null});
	if (pages.length === 0) return;
	if (!(await ocrAvailable(true))) {
		// Nothing else to read: the file fails with the reason; otherwise the readable pages stand.
		if (pages.length === kept.length) throw ocrUnavailable(pages);
		notes.push({...noteOf('ocr-unavailable', {pages: pageRanges(pages)}), loc: null});
		for (const page of unreadable) kept[page - 1] = [];
		return;
	}
	for (const [page, lines] of await ocrPdfPages(bytes, pages, options.deadline))
		kept[page - 1] = lines.map((line) => ({text: line.text, row: false, words: line.words}));
	notes.push({...noteOf('ocr', {pages: pageRanges(pages), dpi: OCR_DPI}), loc: null});
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<RawDocument> {
	if (!leftoversHandled) {
		process.on('unhandledRejection', dropPdfjsLeftovers);
		leftoversHandled = true;
	}
	const {PDFParse} = await pdfLibraries();
	const parser = new PDFParse({data: new Uint8Array(bytes), ...PDFJS_OPTIONS});
	let texts: string[];
	const tablesByPage = new Map<number, Table[]>();
	try {
		const result = await parser.getText({lineEnforce: true});
		texts = result.pages.sort((a, b) => a.num - b.num).map((page) => page.text);
		const hinted = texts.flatMap((text, index) => (TABLE_HINT.test(text) ? [index + 1] : []));
		if (hinted.length > 0) {
			const found = await parser.getTable({partial: hinted});
			for (const page of found.pages) if (page.tables.length > 0) tablesByPage.set(page.num, page.tables as Table[]);
			// No ruled table where a header says there is one: rebuild its rows from text positions.
			const unruled = hinted.filter((page) => !tablesByPage.has(page));
			if (unruled.length > 0)
				for (const [page, tables] of await tablesFromTextPositions(bytes, unruled)) tablesByPage.set(page, tables);
		}
	} catch (error) {
		throw classify(error);
	} finally {
		await parser.destroy().catch(() => undefined);
	}
	const pages = texts.map(pageLines);
	const running = runningLines(pages);
	const kept: PageLine[][] = [];
	for (const [index, lines] of pages.entries()) {
		const body: string[] = [];
		for (const line of lines) if (!running.has(line) && !isPageNumber(line)) body.push(line);
		kept.push(spliceTables(body, tablesByPage.get(index + 1) ?? []));
	}
	const notes: Note[] = [];
	await readByOcr(bytes, kept, options, notes);
	const empty = kept.flatMap((lines, index) => (lines.length === 0 ? [index + 1] : []));
	const lines: string[] = [];
	const ocrWords: OcrWord[] = [];
	const pageStarts: number[] = [];
	const wrapped = new Set<number>();
	const tableRows = new Set<number>();
	let offset = 0;
	for (const pageLines of kept) {
		pageStarts.push(offset);
		const full = wrappedOnPage(pageLines.map((line) => (line.row ? '' : line.text)));
		pageLines.forEach((line, index) => {
			if (full[index]) wrapped.add(lines.length);
			if (line.row) tableRows.add(lines.length);
			for (const [start, end, confidence] of line.words ?? [])
				ocrWords.push([offset + start, offset + end, confidence]);
			lines.push(line.text);
			offset += line.text.length + 1;
		});
	}
	const document = emptyRawDocument(lines.join('\n'));
	document.pageStarts = pageStarts;
	document.wrappedLines = wrapped;
	document.tableRows = tableRows;
	document.notes.push(...notes);
	if (ocrWords.length > 0) document.ocrWords = ocrWords;
	if (empty.length > 0) document.notes.push({...noteOf('no-text', {pages: pageRanges(empty)}), loc: null});
	return document;
}
