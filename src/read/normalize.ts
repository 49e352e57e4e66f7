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
import {foldText, isCjk} from '../text/fold.js';
import {simplifyChinese} from '../text/simplify.js';
import {allMatches} from '../text/window-matches.js';
import {detectLayout} from './layout.js';

/**
A paragraph being built: its text and, per UTF-16 unit, the raw offset it came from, as the chunks
of its lines (a paragraph joined from thousands of lines is not copied once per line). Typed
arrays, not arrays of numbers: the offsets were a fifth of all the memory the analysis allocated,
pushed one by one into arrays that grew by copying, then copied again into the document's.
*/
type Piece = {text: string; origins: Origins[]; rawLine: number; lastRawLine: number; kind: Paragraph['kind']};

/**
The raw offsets of a run of text: one per unit, or, for a line kept whole (most lines: nothing
removed, no space to collapse), the first one and the length, each unit one further on. A typed
array per line was the costliest line of normalizing.
*/
type Origins = Int32Array | {first: number; length: number};

/** Writes a run's offsets into `target` from `at`. */
function writeOrigins(target: Int32Array, at: number, origins: Origins): void {
	if (origins instanceof Int32Array) target.set(origins, at);
	else for (let index = 0; index < origins.length; index++) target[at + index] = origins.first + index;
}

function originsArray(origins: Origins): Int32Array {
	if (origins instanceof Int32Array) return origins;
	const array = new Int32Array(origins.length);
	writeOrigins(array, 0, origins);
	return array;
}

/** How far back an open bracket is looked for: a bracket left open longer ago is no evidence of a broken line. */
const BRACKET_WINDOW = 400;

/**
Converter remnants removed wherever they stand: `[bookmark: _Toc…]` (DOCX→TXT), `**bold**` (PDF→markdown).
Each with a literal every match contains, so that the lines without it (nearly all) skip the pattern.
*/
const REMNANTS: Array<{marker: string; pattern: RegExp}> = [
	{marker: '[bookmark:', pattern: /\[bookmark:[^\]]*\]/g},
	{marker: '**', pattern: /\*\*/g},
	{marker: '__', pattern: /__(?=\S)|(?<=\S)__/g},
];
/** Markdown heading marks at the start of a line: `#### （一）部门概况`. */
const MARKDOWN_HEADING = /^\s*#{1,6}(?=\s|$)/;
/** Markdown table separator rows `|---|:--:|`. */
const TABLE_RULE = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/;
/** Titles end like this and stand alone ("…整体支出绩效自评报告"). */
const TITLE_END = /(报告|自评表|情况|说明|目录|名单)$/u;
/** A line ending in one of these ends its sentence; anything else may continue on the next line. */
const SENTENCE_END = /[。.!?;…”"’」』)\]》]$/;
/** Brackets left open at the end of a line: the sentence certainly goes on ("（姓名、工作单位、职务、职"). */
const BRACKET_PAIRS: Array<[open: string, close: string]> = [
	['(', ')'],
	['《', '》'],
	['“', '”'],
	['〔', '〕'],
];
/** Per code unit: n when it opens the pair at index n - 1 of BRACKET_PAIRS, -n when it closes it, else 0. */
const BRACKET_KIND = new Int8Array(0x10000);
for (const [index, [open, close]] of BRACKET_PAIRS.entries()) {
	BRACKET_KIND[open.charCodeAt(0)] = index + 1;
	BRACKET_KIND[close.charCodeAt(0)] = -(index + 1);
}
/** Whether some kind of bracket opens more often than it closes in the line's last characters (one pass, no split). */
function hasOpenBracket(text: string): boolean {
	const balance = new Int32Array(BRACKET_PAIRS.length);
	for (let at = Math.max(0, text.length - BRACKET_WINDOW); at < text.length; at++) {
		const kind = BRACKET_KIND[text.charCodeAt(at)]!;
		if (kind > 0) balance[kind - 1]!++;
		else if (kind < 0) balance[-kind - 1]!--;
	}
	for (const open of balance) if (open > 0) return true;
	return false;
}
/** A form field on a line of its own: "部门(单位)名称:…", "报告日期:2019年06月18日". Fields never run on. */
const FIELD_LINE = /^[\u4e00-\u9fff()]{2,12}[:：]/u;

/** Per UTF-16 unit of a line, 1 where a markdown mark or a converter remnant stands; null when none does. */
function removedRanges(line: string): Uint8Array | null {
	let removed: Uint8Array | null = null;
	const heading = line.includes('#') ? MARKDOWN_HEADING.exec(line) : null;
	if (heading) {
		removed = new Uint8Array(line.length);
		removed.fill(1, 0, heading[0].length);
	}
	for (const {marker, pattern} of REMNANTS)
		if (line.includes(marker))
			for (const match of allMatches(line, pattern)) {
				removed ??= new Uint8Array(line.length);
				removed.fill(1, match.index, match.index + match[0].length);
			}
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
): {text: string; origins: Origins} {
	let removed = removedRanges(line);
	const piped = isTable && line.trim().startsWith('|');
	let folded = foldText(line);
	// Nothing removed, no cell gap: the line is kept whole (most lines).
	if (removed === null && separators.length === 0 && drops.length === 0 && !piped)
		return collapseSpaces(folded, {first: lineStart, length: line.length});
	removed ??= new Uint8Array(line.length);
	for (const [start, end] of drops) removed.fill(1, start, end);
	const tabs = new Uint8Array(line.length);
	for (const [start, end] of separators) {
		removed.fill(1, start + 1, end);
		tabs[start] = 1;
	}
	if (piped) {
		// The outer pipes of "| a | b |" close the row; only the inner ones separate cells.
		removed[line.indexOf('|')] = 1;
		if (line.trimEnd().endsWith('|')) removed[line.lastIndexOf('|')] = 1;
		folded = folded.replaceAll('|', '\t');
	}
	// The kept text is built from runs of kept characters, not character by character.
	let text = '';
	// At most one offset per unit of the line.
	const origins = new Int32Array(line.length);
	let count = 0;
	let runStart = -1;
	for (let index = 0; index <= line.length; index++) {
		const kept = index < line.length && removed[index] === 0 && tabs[index] === 0;
		if (kept) {
			if (runStart === -1) runStart = index;
			origins[count++] = lineStart + index;
			continue;
		}
		if (runStart !== -1) text += folded.slice(runStart, index);
		runStart = -1;
		if (index < line.length && removed[index] === 0) {
			text += '\t';
			origins[count++] = lineStart + index;
		}
	}
	return collapseSpaces(text, origins.subarray(0, count));
}

const SPACE = 0x20;

/** Removes spaces next to CJK text ("部门 2023 年度" → "部门2023年度"), squeezes the rest, trims. */
function collapseSpaces(chars: string, charOrigins: Origins): {text: string; origins: Origins} {
	if (!chars.includes(' ') && !chars.endsWith('\t')) return {text: chars, origins: charOrigins};
	const origins = originsArray(charOrigins);
	let text = '';
	const keptOrigins = new Int32Array(chars.length);
	let kept = 0;
	let index = 0;
	while (index < chars.length) {
		if (chars.charCodeAt(index) !== SPACE) {
			let end = index;
			while (end < chars.length && chars.charCodeAt(end) !== SPACE) end++;
			text += chars.slice(index, end);
			keptOrigins.set(origins.subarray(index, end), kept);
			kept += end - index;
			index = end;
			continue;
		}
		let next = index;
		while (chars.charCodeAt(next) === SPACE) next++;
		const before = text.at(-1);
		const after = chars[next];
		const drop =
			before === undefined || after === undefined || before === '\t' || after === '\t' || isCjk(before) || isCjk(after);
		if (!drop) {
			text += ' ';
			keptOrigins[kept++] = origins[index]!;
		}
		index = next;
	}
	let end = text.length;
	while (end > 0 && text[end - 1] === '\t') end--;
	return {text: text.slice(0, end), origins: keptOrigins.subarray(0, end)};
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
	// Loops, not callbacks per call: normalize runs once a file, and a callback made per call is
	// compiled again after each full collection (src/text/by-start.ts).
	const lines: string[] = [];
	for (const [lineIndex, start] of lineStarts.entries())
		lines.push(
			simplified.slice(start, lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1]! - 1 : raw.length),
		);
	const layout = detectLayout(lines, rawDocument.tableRows);
	const pieces: Piece[] = [];
	for (const [lineIndex, start] of lineStarts.entries()) {
		const line = lines[lineIndex]!;
		const isTable = rawDocument.tableRows.has(lineIndex) || layout.rows.has(lineIndex) || layout.joins.has(lineIndex);
		if (isTable && TABLE_RULE.test(line)) continue;
		const {text, origins} = cleanLine(
			line,
			start,
			isTable,
			layout.separators.get(lineIndex),
			layout.drops.get(lineIndex),
		);
		// An empty closed cell ("|") still holds its place in its row.
		if (/^[ \t]*$/.test(text) && !layout.joins.has(lineIndex)) continue;
		const kind: Paragraph['kind'] = layout.toc.has(lineIndex) ? 'toc' : isTable ? 'table-row' : 'text';
		const piece: Piece = {text, origins: [origins], rawLine: lineIndex, lastRawLine: lineIndex, kind};
		const previous = pieces.at(-1);
		// Cells one per line: the line is the next cell of the row above.
		if (layout.joins.has(lineIndex) && previous?.kind === 'table-row') {
			previous.text += `\t${text}`;
			previous.origins.push(Int32Array.of(start - 1), origins);
			previous.lastRawLine = lineIndex;
			continue;
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
			previous.origins.push(origins);
			previous.lastRawLine = lineIndex;
		} else pieces.push(piece);
	}

	// One offset per unit of the text (the pieces, a '\n' between each two) and the raw end: at most this many.
	let bound = pieces.length + 1;
	for (const piece of pieces) for (const chunk of piece.origins) bound += chunk.length;
	const origin = new Int32Array(bound);
	let filled = 0;
	const paragraphs: Paragraph[] = [];
	for (const piece of pieces) {
		if (filled > 0) {
			// The '\n' between paragraphs.
			origin[filled] = origin[filled - 1]! + 1;
			filled++;
		}
		const start = filled;
		for (const chunk of piece.origins) {
			writeOrigins(origin, filled, chunk);
			filled += chunk.length;
		}
		paragraphs.push({
			start,
			end: filled,
			kind: piece.kind,
			headingLevel: rawDocument.headingLevels.get(piece.rawLine) ?? null,
		});
	}
	origin[filled] = raw.length;
	return {
		path: options.path,
		format: options.format,
		sha256: options.sha256,
		bytes: options.bytes,
		encoding: rawDocument.encoding,
		raw,
		text: pieces.map((piece) => piece.text).join('\n'),
		origin: origin.slice(0, filled + 1),
		lineStarts,
		pageStarts: rawDocument.pageStarts,
		paragraphs,
		notes: [...rawDocument.notes],
		ocrWords: rawDocument.ocrWords ?? [],
	};
}
