/**
What the layout detectors share: the Layout they fill, and how a line reads as a cell.
*/
import {HEADER_WORD} from '../../text/table-columns.js';
import {allMatches} from '../../text/window-matches.js';

export type Layout = {
	/** Lines that are table rows. */
	rows: Set<number>;
	/** Per row line, the spans (raw line offsets) that separate its cells: each becomes one tab. */
	separators: Map<number, Array<[number, number]>>;
	/** Lines that are the next cell of the row above (cells one per line). */
	joins: Set<number>;
	/** Lines that are entries of a table of contents. */
	toc: Set<number>;
	/** Spans to drop from a line: the "|" closing a cell that stands on a line of its own. */
	drops: Map<number, Array<[number, number]>>;
};

export const SENTENCE_PUNCTUATION = /[。;；!?！？]/u;
/** A cell that holds only a figure: 486.52, 1,929.81, 100%, 864.2万, 21人, —. */
export const VALUE_CELL = /^(?:[-+]?\d[\d,]*(?:\.\d+)?\s?(?:%|万元|万|元|人|个|名|分)?|—|-|\/)$/u;

export const isBlank = (line: string) => line.trim().length === 0;
/** A cell on a line of its own may be closed by "|" (web tables flattened one cell per line). */
export const CLOSED_CELL = /\s*\|\s*$/u;
/** Whether a line ends in a closing "|" (the pattern runs only on lines that hold one). */
export const endsClosed = (line: string) => line.includes('|') && CLOSED_CELL.test(line);
export const cellText = (line: string) => {
	const pipe = line.indexOf('|');
	return (pipe !== -1 && pipe === line.lastIndexOf('|') ? line.replace(CLOSED_CELL, '') : line).trim();
};

/** Cells of a line split on the gaps a pattern finds (wide gaps, or single spaces), with the gaps' spans. */
export function splitCells(line: string, gap: RegExp): {cells: string[]; gaps: Array<[number, number]>} {
	const gaps: Array<[number, number]> = [];
	const start = line.length - line.trimStart().length;
	for (const match of allMatches(line.trimEnd(), gap))
		if (match.index > start) gaps.push([match.index, match.index + match[0].length]);
	return {cells: line.trim().split(gap), gaps};
}

/** Two or more spaces (or ideographic spaces) between cells of a space-aligned row. */
export const WIDE_GAP = /[ \u3000]{2,}/u;
export const SINGLE_GAP = / +/u;
export const headerWords = (cells: string[]) => cells.filter((cell) => HEADER_WORD.test(cell)).length;

/** Lines (not blank, not already rows) in order. */
export function contentLines(lines: string[], known: Set<number>): number[] {
	// A loop, not callbacks: see src/text/by-start.ts.
	const found: number[] = [];
	for (const [index, line] of lines.entries()) if (!isBlank(line) && !known.has(index)) found.push(index);
	return found;
}
