/**
Rows whose cells stand on one line: separated by two or more spaces (space-aligned text from PDF and
spreadsheets, indented merged cells kept as empty cells), by single spaces under a header the column
vocabulary knows, or a lone label between such rows (a row whose other cells are empty).
*/
import {
	contentLines,
	headerWords,
	isBlank,
	SENTENCE_PUNCTUATION,
	SINGLE_GAP,
	splitCells,
	VALUE_CELL,
	WIDE_GAP,
	type Layout,
} from './shared.js';

const MAX_CELL = 40;

export function markSpaceAligned(lines: string[], known: Set<number>, layout: Layout): void {
	const candidates = new Map<number, ReturnType<typeof splitCells>>();
	for (const index of contentLines(lines, known)) {
		const line = lines[index]!;
		if (line.includes('\t')) continue;
		const split = splitCells(line, WIDE_GAP);
		if (split.cells.length >= 2 && split.cells.every((cell) => cell.length <= 80)) candidates.set(index, split);
	}
	// A row needs three cells with a figure, or a neighbour row (blank lines between allowed).
	const order = [...candidates.keys()];
	const neighbour = (index: number, step: number) => {
		for (let other = index + step; other >= 0 && other < lines.length; other += step) {
			if (isBlank(lines[other]!)) continue;
			return candidates.has(other);
		}
		return false;
	};
	for (const index of order) {
		const {cells, gaps} = candidates.get(index)!;
		const withFigure = cells.some((cell) => VALUE_CELL.test(cell));
		if (!((cells.length >= 3 && withFigure) || neighbour(index, -1) || neighbour(index, 1))) continue;
		if (cells.length === 2 && SENTENCE_PUNCTUATION.test(cells[0]!)) continue;
		layout.rows.add(index);
		const indent = lines[index]!.length - lines[index]!.trimStart().length;
		// An indented row leaves its first (merged) cells empty: keep one empty cell in front.
		layout.separators.set(
			index,
			indent >= 2 && (neighbour(index, -1) || neighbour(index, 1)) ? [[0, indent], ...gaps] : gaps,
		);
	}
}

/** A lone short label between two rows is a row whose other cells are empty (上年结转资金 | | |). */
export function markLabelRows(lines: string[], known: Set<number>, layout: Layout): void {
	const nearest = (index: number, step: number) => {
		let other = index + step;
		while (other >= 0 && other < lines.length && isBlank(lines[other]!)) other += step;
		return other >= 0 && other < lines.length ? other : -1;
	};
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!.trim();
		if (
			line.length === 0 ||
			line.length > 20 ||
			known.has(index) ||
			layout.rows.has(index) ||
			SENTENCE_PUNCTUATION.test(line) ||
			/\s/u.test(line)
		)
			continue;
		const before = nearest(index, -1);
		const after = nearest(index, 1);
		if (
			before !== -1 &&
			after !== -1 &&
			(layout.rows.has(before) || layout.joins.has(before)) &&
			(layout.rows.has(after) || markedLater(lines, after, layout))
		)
			layout.rows.add(index);
	}
}

/** Whether a line is a label row that itself sits right above a row (a run of label rows). */
function markedLater(lines: string[], index: number, layout: Layout): boolean {
	for (let next = index; next < lines.length; next++) {
		const line = lines[next]!.trim();
		if (line.length === 0) continue;
		if (layout.rows.has(next)) return true;
		if (line.length > 20 || SENTENCE_PUNCTUATION.test(line) || /\s/u.test(line)) return false;
	}
	return false;
}

export function markSingleSpaced(lines: string[], known: Set<number>, layout: Layout): void {
	let inTable = false;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		if (isBlank(line)) continue;
		if (known.has(index) || layout.rows.has(index) || line.includes('\t') || SENTENCE_PUNCTUATION.test(line)) {
			inTable = false;
			continue;
		}
		const split = splitCells(line, SINGLE_GAP);
		const cellLike = split.cells.length >= 3 && split.cells.every((cell) => cell.length <= MAX_CELL);
		const header = cellLike && headerWords(split.cells) >= 3;
		if (header || (inTable && cellLike && split.cells.some((cell) => VALUE_CELL.test(cell) || /^[≥≤<>]/u.test(cell)))) {
			layout.rows.add(index);
			layout.separators.set(index, split.gaps);
			inTable = true;
		} else inTable = false;
	}
}
