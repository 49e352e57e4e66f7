/**
DOCX reader: walks word/document.xml (read with yauzl, capped, and @xmldom/xmldom) into one line per
paragraph and one tab-separated line per table row. Word automatic numbering is rebuilt into the
text ("一、部门基本情况"), heading styles and outline levels become heading hints, soft line breaks
become spaces (two numbers never fuse), and page breaks (w:br type="page", w:lastRenderedPageBreak)
become page starts. mammoth's public model drops numbering and rendered page breaks, so the parts
are read directly (with the same two libraries mammoth uses).
*/
import {DocumentLoadError, type InputErrorReason} from '../errors.js';
import {emptyRawDocument, type RawDocument} from '../document/doc-file.js';
import {WordNumbering} from './docx/numbering.js';
import {WordStyles} from './docx/styles.js';
import {child, childValue, children, parseXml, type Element} from './xml.js';
import {listEntries, openZipBuffer, readEntry} from './zip.js';

/**
Bounds on what a DOCX may make us do. A part is capped by what it really inflates to (a 1.2 MB file
can inflate to gigabytes); the others keep hostile markup from turning into huge loops or deep
recursion: Word itself allows 63 grid columns, 9 list levels and far shallower nesting.
*/
export const DOCX_LIMITS = {partBytes: 64 * 1024 * 1024, gridSpan: 64, nesting: 64} as const;

type Line = {text: string; pageBreakBefore: boolean; headingLevel: number | null; tableRow: boolean};
type Context = {numbering: WordNumbering; styles: WordStyles; lines: Line[]; pendingPageBreak: boolean; depth: number};

/** Runs `read` one nesting level deeper (content controls, hyperlinks, tables in cells); refuses past the limit. */
function nested<T>(context: Context, read: () => T): T {
	if (context.depth >= DOCX_LIMITS.nesting)
		throw new DocumentLoadError(
			'corrupt',
			`not a readable DOCX (content nested more than ${DOCX_LIMITS.nesting} levels deep)`,
		);
	context.depth++;
	try {
		return read();
	} finally {
		context.depth--;
	}
}

/** Run content that is text; deleted text and field instructions are not. */
function runText(run: Element, context: Context): string {
	let text = '';
	for (const part of children(run)) {
		switch (part.tagName) {
			case 'w:t':
				text += part.textContent ?? '';
				break;
			case 'w:tab':
			case 'w:cr':
				text += ' ';
				break;
			case 'w:br':
				if (part.getAttribute('w:type') === 'page') context.pendingPageBreak = true;
				else text += ' '; // a soft line break: keep "1106.36<w:br/>823.46" apart
				break;
			case 'w:lastRenderedPageBreak':
				context.pendingPageBreak = true;
				break;
			case 'w:noBreakHyphen':
				text += '-';
				break;
			default:
		}
	}
	return text;
}

/** Text of a paragraph's runs, through hyperlinks, insertions, smart tags and content controls. */
function inlineText(element: Element | null, context: Context): string {
	let text = '';
	for (const part of children(element)) {
		if (part.tagName === 'w:r') text += runText(part, context);
		else if (['w:hyperlink', 'w:ins', 'w:smartTag', 'w:fldSimple', 'w:customXml'].includes(part.tagName))
			text += nested(context, () => inlineText(part, context));
		else if (part.tagName === 'w:sdt') text += nested(context, () => inlineText(child(part, 'w:sdtContent'), context));
	}
	return text;
}

/** A list level as Word allows it (0–8); anything else (ilvl="x", "1e9") is read as the first level. */
function listLevel(value: string): number {
	const level = Number(value);
	return Number.isInteger(level) && level >= 0 && level <= 8 ? level : 0;
}

function readParagraph(
	paragraph: Element,
	context: Context,
): {text: string; headingLevel: number | null; pageBreakBefore: boolean} {
	const properties = child(paragraph, 'w:pPr');
	const style = context.styles.resolve(childValue(properties, 'w:pStyle'));
	const numPr = child(properties, 'w:numPr');
	const numId = childValue(numPr, 'w:numId') ?? style.numId;
	const ilvl = childValue(numPr, 'w:ilvl');
	const outline = childValue(properties, 'w:outlineLvl');
	const pageBreakBefore = child(properties, 'w:pageBreakBefore') !== null;
	const text = inlineText(paragraph, context);
	const label =
		numId && text.trim().length > 0
			? context.numbering.next(numId, ilvl === null ? style.ilvl : listLevel(ilvl))
			: null;
	const headingLevel = outline !== null && Number(outline) < 9 ? Number(outline) + 1 : style.headingLevel;
	return {text: (label ?? '') + text, headingLevel, pageBreakBefore};
}

function pushLine(
	context: Context,
	text: string,
	headingLevel: number | null,
	tableRow: boolean,
	pageBreakBefore = false,
): void {
	context.lines.push({text, pageBreakBefore: pageBreakBefore || context.pendingPageBreak, headingLevel, tableRow});
	context.pendingPageBreak = false;
}

function readTable(table: Element, context: Context): void {
	for (const row of children(table, 'w:tr')) {
		const cells: string[] = [];
		for (const cell of children(row, 'w:tc')) {
			const text = children(cell, 'w:p')
				.map((paragraph) => readParagraph(paragraph, context).text.trim())
				.filter(Boolean)
				.join(' ');
			cells.push(text.replaceAll('\t', ' '));
			// A cell spanning n grid columns keeps the columns of the rows below aligned.
			const span = Math.min(DOCX_LIMITS.gridSpan, Number(childValue(child(cell, 'w:tcPr'), 'w:gridSpan') ?? '1') || 1);
			for (let extra = 1; extra < span; extra++) cells.push('');
			for (const inner of children(cell, 'w:tbl')) nested(context, () => readTable(inner, context));
		}
		if (cells.some((cell) => cell.length > 0)) pushLine(context, cells.join('\t'), null, true);
	}
}

function readBody(body: Element | null, context: Context): void {
	for (const element of children(body)) {
		if (element.tagName === 'w:p') {
			const {text, headingLevel, pageBreakBefore} = readParagraph(element, context);
			if (text.trim().length > 0) pushLine(context, text, headingLevel, false, pageBreakBefore);
		} else if (element.tagName === 'w:tbl') readTable(element, context);
		else if (element.tagName === 'w:sdt') nested(context, () => readBody(child(element, 'w:sdtContent'), context));
	}
}

const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml'] as const;

/** The three parts the reader needs, parsed; each read with the inflated-size cap. */
async function openParts(
	bytes: Uint8Array,
): Promise<{document: Element; styles: Element | null; numbering: Element | null}> {
	const damaged = (error: unknown) =>
		new DocumentLoadError('corrupt', `not a readable DOCX (zip archive damaged: ${(error as Error).message})`, {
			cause: error,
		});
	const zip = await openZipBuffer(bytes).catch((error: unknown) => Promise.reject(damaged(error)));
	const texts = new Map<string, string>();
	try {
		for (const {name, entry} of await listEntries(zip).catch((error: unknown) => Promise.reject(damaged(error)))) {
			if (!(PARTS as readonly string[]).includes(name)) continue;
			const part = await readEntry(zip, entry, DOCX_LIMITS.partBytes).catch(
				(error: Error & {reason?: InputErrorReason}) =>
					Promise.reject(
						new DocumentLoadError(error.reason ?? 'corrupt', `not a readable DOCX (${name}: ${error.message})`),
					),
			);
			texts.set(name, new TextDecoder('utf-8').decode(part));
		}
	} finally {
		zip.close();
	}
	const part = (name: (typeof PARTS)[number]) => {
		const text = texts.get(name);
		if (text === undefined) return null;
		try {
			return parseXml(text);
		} catch (error) {
			throw new DocumentLoadError('corrupt', `not a readable DOCX (${name}: ${(error as Error).message})`, {
				cause: error,
			});
		}
	};
	const document = part('word/document.xml');
	if (!document)
		throw new DocumentLoadError(
			'unsupported',
			'unsupported format: a zip archive without word/document.xml is not a DOCX',
		);
	return {document, styles: part('word/styles.xml'), numbering: part('word/numbering.xml')};
}

/** `converted`: the DOCX is LibreOffice's conversion of a .doc/.wps, whose lists it splits (see WordNumbering). */
export async function readDocx(bytes: Uint8Array, options: {converted?: boolean} = {}): Promise<RawDocument> {
	const parts = await openParts(bytes);
	const context: Context = {
		numbering: new WordNumbering(parts.numbering, {shareIdenticalLists: options.converted === true}),
		styles: new WordStyles(parts.styles),
		lines: [],
		pendingPageBreak: false,
		depth: 0,
	};
	const body = child(parts.document, 'w:body');
	if (body) readBody(body, context);
	if (context.lines.length === 0) throw new DocumentLoadError('empty', 'the document holds no text');
	const raw = context.lines.map((line) => line.text).join('\n');
	const document = emptyRawDocument(raw);
	let offset = 0;
	const pageStarts = [0];
	context.lines.forEach((line, index) => {
		if (line.pageBreakBefore && offset > 0) pageStarts.push(offset);
		if (line.headingLevel !== null) document.headingLevels.set(index, line.headingLevel);
		if (line.tableRow) document.tableRows.add(index);
		offset += line.text.length + 1;
	});
	// Without a recorded page break the pages are unknown, not all page 1.
	document.pageStarts = pageStarts.length > 1 ? pageStarts : null;
	return document;
}
