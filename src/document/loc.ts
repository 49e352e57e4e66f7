/**
Positions: every normalized offset maps back to line, column and page of the file the user has,
and to the section path that encloses it.
*/
import type {Loc} from '../schema.js';
import type {DocFile, SegmentedDoc} from './doc-file.js';

/** 0-based offsets at which each line of `text` starts. */
export function computeLineStarts(text: string): number[] {
	const starts = [0];
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
	return starts;
}

/** Index of the last element of a sorted array that is <= value (−1 when none). */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length - 1;
	let found = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]! <= value) {
			found = middle;
			low = middle + 1;
		} else high = middle - 1;
	}
	return found;
}

/** The raw offset behind a normalized offset. */
export function rawOffsetOf(doc: DocFile, offset: number): number {
	const clamped = Math.max(0, Math.min(offset, doc.origin.length - 1));
	return doc.origin[clamped]!;
}

/** The section path that encloses an offset: the path of the last heading at or before it. */
function sectionPathAt(doc: SegmentedDoc, offset: number): string[] {
	const index = lastAtOrBefore(doc.sectionStarts, offset);
	return index === -1 ? [] : [...doc.sectionMarks[index]!.path];
}

/** The 1-based page of a raw offset, or null when the format has no pages. */
function pageOfRaw(doc: DocFile, raw: number): number | null {
	if (!doc.pageStarts) return null;
	return Math.max(1, lastAtOrBefore(doc.pageStarts, raw) + 1);
}

/** The page of a normalized offset, or null when the format has no pages. */
export function pageAt(doc: DocFile, offset: number): number | null {
	return pageOfRaw(doc, rawOffsetOf(doc, offset));
}

/**
The `loc` of a normalized offset under a given section path. Built field by field: spreading a
position object into a new one went through V8's generic copy, ~2 % of the analysis.
*/
export function locWithSection(doc: DocFile, offset: number, section: string[]): Loc {
	const raw = rawOffsetOf(doc, offset);
	const lineIndex = lastAtOrBefore(doc.lineStarts, raw);
	return {
		line: lineIndex + 1,
		column: raw - doc.lineStarts[lineIndex]! + 1,
		offset,
		page: pageOfRaw(doc, raw),
		section,
	};
}

/** The `loc` of a normalized offset. */
export function locAt(doc: SegmentedDoc, offset: number): Loc {
	return locWithSection(doc, offset, sectionPathAt(doc, offset));
}

/** "12:5", the linter-style place of a loc. */
export function stringifyLoc(loc: Loc): string {
	return `${loc.line}:${loc.column}`;
}
