/**
Normalization that keeps positions: folds widths and look-alike characters, strips converter
remnants, drops empty lines and re-joins sentences broken across page breaks, while recording for
every output character the raw offset it came from.
*/
import type {DocFile, Paragraph, RawDocument} from '../document/doc-file.js';
import {computeLineStarts} from '../document/loc.js';
import type {Format} from '../schema.js';
import {looksLikeHeading} from '../text/heading-line.js';
import {readNumbering} from '../text/numbering.js';
import {foldChar, isCjk} from '../text/fold.js';
import {simplifyChinese} from '../text/simplify.js';
import {detectLayout} from './layout.js';

/** A paragraph being built: its text and, per UTF-16 unit, the raw offset it came from. */
type Piece = {text: string; origins: number[]; rawLine: number; lastRawLine: number; kind: Paragraph['kind']};

/** Appends without spreading: `push(...values)` overflows the stack on a line of ~125,000 characters. */
function append(target: number[], values: readonly number[]): void {
	for (const value of values) target.push(value);
}

/** How far back an open bracket is looked for: a bracket left open longer ago is no evidence of a broken line. */
const BRACKET_WINDOW = 400;

/** Converter remnants removed wherever they stand: `[bookmark: _Toc…]` (DOCX→TXT), `**bold**` (PDF→markdown). */
const REMNANTS = [/\[bookmark:[^\]]*\]/g, /\*\*/g, /__(?=\S)|(?<=\S)__/g];
/** Markdown heading marks at the start of a line: `#### （一）部门概况`. */
const MARKDOWN_HEADING = /^\s*#{1,6}(?=\s|$)/;
/** Markdown table separator rows `|---|:--:|`. */
const TABLE_RULE = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/;
/** Titles end like this and stand alone ("…整体支出绩效自评报告"). */
const TITLE_END = /(报告|自评表|情况|说明|目录|名单)$/u;
/** A line ending in one of these ends its sentence; anything else may continue on the next line. */
const SENTENCE_END = /[。.!?;…”"’」』)\]》]$/;
/** Brackets left open at the end of a line: the sentence certainly goes on ("（姓名、工作单位、职务、职"). */
const OPENERS: Array<[string, string]> = [
	['(', ')'],
	['《', '》'],
	['“', '”'],
	['〔', '〕'],
];
const hasOpenBracket = (text: string) => {
	const tail = text.slice(-BRACKET_WINDOW);
	return OPENERS.some(([open, close]) => tail.split(open).length > tail.split(close).length);
};
/** A form field on a line of its own: "部门(单位)名称:…", "报告日期:2019年06月18日". Fields never run on. */
const FIELD_LINE = /^[\u4e00-\u9fff()]{2,12}[:：]/u;

function removedRanges(line: string): boolean[] {
	const removed = new Array<boolean>(line.length).fill(false);
	const mark = (start: number, end: number) => removed.fill(true, start, end);
	const heading = MARKDOWN_HEADING.exec(line);
	if (heading) mark(0, heading[0].length);
	for (const pattern of REMNANTS)
		for (const match of line.matchAll(pattern)) mark(match.index, match.index + match[0].length);
	return removed;
}

/**
Cleans one raw line into folded characters with their raw offsets. `separators` are the cell gaps of
a row the layout detector found (runs of spaces): each becomes one tab.
*/
function cleanLine(
	line: string,
	lineStart: number,
	isTable: boolean,
	separators: Array<[number, number]> = [],
	drops: Array<[number, number]> = [],
): {text: string; origins: number[]} {
	const removed = removedRanges(line);
	for (const [start, end] of drops) removed.fill(true, start, end);
	const tabs = new Set<number>();
	for (const [start, end] of separators) {
		removed.fill(true, start + 1, end);
		tabs.add(start);
	}
	const chars: string[] = [];
	const origins: number[] = [];
	const pipeTable = isTable && line.trim().startsWith('|');
	if (pipeTable) {
		// The outer pipes of "| a | b |" close the row; only the inner ones separate cells.
		removed[line.indexOf('|')] = true;
		if (line.trimEnd().endsWith('|')) removed[line.lastIndexOf('|')] = true;
	}
	for (let index = 0; index < line.length; index++) {
		if (removed[index]) continue;
		let char = tabs.has(index) ? '\t' : foldChar(line[index]!);
		if (pipeTable && char === '|') char = '\t';
		chars.push(char);
		origins.push(lineStart + index);
	}
	return collapseSpaces(chars, origins);
}

const isSpace = (char: string | undefined) => char === ' ';

/** Removes spaces next to CJK text ("部门 2023 年度" → "部门2023年度"), squeezes the rest, trims. */
function collapseSpaces(chars: string[], origins: number[]): {text: string; origins: number[]} {
	const keptChars: string[] = [];
	const keptOrigins: number[] = [];
	for (let index = 0; index < chars.length; index++) {
		const char = chars[index]!;
		if (isSpace(char)) {
			let next = index;
			while (isSpace(chars[next])) next++;
			const before = keptChars.at(-1);
			const after = chars[next];
			const drop =
				before === undefined ||
				after === undefined ||
				before === '\t' ||
				after === '\t' ||
				isCjk(before) ||
				isCjk(after);
			if (!drop) {
				keptChars.push(' ');
				keptOrigins.push(origins[index]!);
			}
			index = next - 1;
			continue;
		}
		keptChars.push(char);
		keptOrigins.push(origins[index]!);
	}
	while (keptChars.at(-1) === '\t') {
		keptChars.pop();
		keptOrigins.pop();
	}
	return {text: keptChars.join(''), origins: keptOrigins};
}

/**
Whether `next` continues the sentence that `current` leaves open (a page or line break inside it).
A line that reads like a numbered title stays apart, unless the item before it in the same numbering
style is a sentence: then it is one more item of a list ("(三)负责…。" then "(四)负责…重点产").
*/
function continues(current: Piece, next: Piece, before: Piece | undefined, wrapped: boolean): boolean {
	if (current.kind !== 'text' || next.kind !== 'text') return false;
	const text = current.text;
	const nextText = next.text;
	if (readNumbering(nextText) && looksLikeHeading(nextText)) return false;
	if (FIELD_LINE.test(nextText) || (FIELD_LINE.test(text) && text.length <= 40)) return false;
	if (wrapped || (hasOpenBracket(text) && nextText.length <= 40)) return true;
	if (text.length < 20) return false;
	const last = text.at(-1)!;
	if (SENTENCE_END.test(last) || TITLE_END.test(text.slice(-4))) return false;
	if (looksLikeHeading(text) && !isListItemAfter(text, before)) return false;
	if (readNumbering(nextText) || nextText.startsWith('第')) return false;
	return isCjk(last) || /[\d、,%]/.test(last);
}

function isListItemAfter(text: string, before: Piece | undefined): boolean {
	if (before?.kind !== 'text') return false;
	const beforeText = before.text;
	const style = readNumbering(text)?.style;
	return style !== undefined && readNumbering(beforeText)?.style === style && !looksLikeHeading(beforeText);
}

export type NormalizeOptions = {path: string; format: Format; sha256: string; bytes: number; joinBrokenLines: boolean};

export function normalize(rawDocument: RawDocument, options: NormalizeOptions): DocFile {
	const {raw} = rawDocument;
	// Traditional characters fold one for one, so raw offsets still hold.
	const simplified = simplifyChinese(raw);
	const lineStarts = computeLineStarts(raw);
	const lineEnd = (lineIndex: number) =>
		lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1]! - 1 : raw.length;
	const lines = lineStarts.map((start, lineIndex) => simplified.slice(start, lineEnd(lineIndex)));
	const layout = detectLayout(lines, rawDocument.tableRows);
	const pieces: Piece[] = [];
	lineStarts.forEach((start, lineIndex) => {
		const line = lines[lineIndex]!;
		const isTable = rawDocument.tableRows.has(lineIndex) || layout.rows.has(lineIndex) || layout.joins.has(lineIndex);
		if (isTable && TABLE_RULE.test(line)) return;
		const {text, origins} = cleanLine(
			line,
			start,
			isTable,
			layout.separators.get(lineIndex),
			layout.drops.get(lineIndex),
		);
		// An empty closed cell ("|") still holds its place in its row.
		if (/^[ \t]*$/.test(text) && !layout.joins.has(lineIndex)) return;
		const kind: Paragraph['kind'] = layout.toc.has(lineIndex) ? 'toc' : isTable ? 'table-row' : 'text';
		const piece: Piece = {text, origins, rawLine: lineIndex, lastRawLine: lineIndex, kind};
		const previous = pieces.at(-1);
		// Cells one per line: the line is the next cell of the row above.
		if (layout.joins.has(lineIndex) && previous?.kind === 'table-row') {
			previous.text += `\t${text}`;
			previous.origins.push(start - 1);
			append(previous.origins, origins);
			previous.lastRawLine = lineIndex;
			return;
		}
		// A cell closed by "|" is a cell: it never runs on into the next line.
		const cellLine = layout.drops.has(lineIndex) || (previous !== undefined && layout.drops.has(previous.lastRawLine));
		if (
			options.joinBrokenLines &&
			previous &&
			!cellLine &&
			continues(previous, piece, pieces.at(-2), rawDocument.wrappedLines.has(previous.lastRawLine))
		) {
			previous.text += text;
			append(previous.origins, origins);
			previous.lastRawLine = lineIndex;
		} else pieces.push(piece);
	});

	const origin: number[] = [];
	const paragraphs: Paragraph[] = [];
	for (const piece of pieces) {
		if (origin.length > 0) origin.push(origin.at(-1)! + 1); // the '\n' between paragraphs
		const start = origin.length;
		append(origin, piece.origins);
		paragraphs.push({
			start,
			end: origin.length,
			kind: piece.kind,
			headingLevel: rawDocument.headingLevels.get(piece.rawLine) ?? null,
		});
	}
	origin.push(raw.length);
	return {
		path: options.path,
		format: options.format,
		sha256: options.sha256,
		bytes: options.bytes,
		encoding: rawDocument.encoding,
		raw,
		text: pieces.map((piece) => piece.text).join('\n'),
		origin: Int32Array.from(origin),
		lineStarts,
		pageStarts: rawDocument.pageStarts,
		paragraphs,
		notes: [...rawDocument.notes],
		ocrWords: rawDocument.ocrWords ?? [],
	};
}
