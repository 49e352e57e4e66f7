/**
Cells one per line: runs of short lines with figures among them, grouped into rows as label →
value pairs, header cells then value cells (the unit's name under 机构名称), or, under three or more
header words, chunks as wide as the header (cells closed by "|", empty ones kept).
*/
import {HEADER_WORD} from '../../text/table-columns.js';
import {cellText, CLOSED_CELL, endsClosed, isBlank, SENTENCE_PUNCTUATION, VALUE_CELL, type Layout} from './shared.js';

const NAME_HEADER = /名称$|^项目$/u;

/** Whether line `index` can be a cell of its own. */
function isCell(lines: string[], index: number, known: Set<number>, layout: Layout): boolean {
	const line = cellText(lines[index]!);
	const closed = endsClosed(lines[index]!);
	if (known.has(index) || layout.rows.has(index) || line.includes('\t') || /^[一二三四五六七八九十]+、/u.test(line))
		return false;
	// An empty closed cell ("|") keeps its place in the row.
	return (closed && line.length === 0) || (line.length > 0 && line.length <= 30 && !SENTENCE_PUNCTUATION.test(line));
}

/** A run of cell lines becomes rows when two or more of its cells hold values. */
function groupRun(run: number[], lines: string[], layout: Layout): void {
	let values = 0;
	for (const index of run) if (VALUE_CELL.test(cellText(lines[index]!))) values++;
	if (values >= 2) groupCells(run, lines, layout);
}

/**
Cells one per line: runs of short lines with figures among them. Loops and module-level helpers
rather than closures: this runs on every page of every PDF (see src/text/by-start.ts).
*/
export function markCellPerLine(lines: string[], known: Set<number>, layout: Layout): void {
	let run: number[] = [];
	for (let index = 0; index < lines.length; index++) {
		if (isBlank(lines[index]!)) continue;
		if (isCell(lines, index, known, layout)) run.push(index);
		else {
			groupRun(run, lines, layout);
			run = [];
		}
	}
	groupRun(run, lines, layout);
	// The closing "|" goes from every cell line, and from every line of a text made of such lines.
	const closed: number[] = [];
	let content = 0;
	for (const [index, line] of lines.entries()) {
		if (endsClosed(line) && line.indexOf('|') === line.lastIndexOf('|')) closed.push(index);
		if (!isBlank(line)) content++;
	}
	const everywhere = closed.length * 2 >= content;
	for (const index of closed) {
		if (!everywhere && !layout.rows.has(index) && !layout.joins.has(index)) continue;
		const match = CLOSED_CELL.exec(lines[index]!)!;
		layout.drops.set(index, [[match.index, match.index + match[0].length]]);
	}
}

const TOTAL_CELL = /^(?:总分|合计|总计)$/u;
const OPERATOR_CELL = /^(?:[≥≤=<>]|>=|<=)$/u;

/** Where a run of three or more header words begins: [start, end) in the run, or null. */
function headerBlock(cells: string[], from: number): [number, number] | null {
	for (let start = from; start < cells.length; start++) {
		let end = start;
		while (end < cells.length && HEADER_WORD.test(cells[end]!)) end++;
		if (end - start >= 3) return [start, end];
	}
	return null;
}

function groupCells(run: number[], lines: string[], layout: Layout): void {
	const cells = run.map((index) => cellText(lines[index]!));
	const addRow = (from: number, to: number) => {
		if (to <= from) return;
		layout.rows.add(run[from]!);
		for (let cell = from + 1; cell < to; cell++) layout.joins.add(run[cell]!);
	};
	let position = 0;
	while (position < run.length) {
		const block = headerBlock(cells, position);
		groupPairs(run.slice(position, block ? block[0] : run.length), lines, layout);
		if (!block) return;
		position = chunkRows(cells, block, addRow);
	}
}

/**
Rows under a header of known width: 一级指标 … 得分 rows are as wide as the header; 年初预算 … 得分 rows
carry their label in front, so the header takes the label line before it ("年度预算数(万元)") as its
first cell. A 合计 row is the label and the figures after it. Chunking stops at a row that does not
start with a label.
*/
function chunkRows(
	cells: string[],
	[start, end]: [number, number],
	addRow: (from: number, to: number) => void,
): number {
	const labelled = !cells.slice(start, end).some((cell) => /^(?:一级指标|三级指标|指标名称)/u.test(cell));
	const lead = labelled && start > 0 && !VALUE_CELL.test(cells[start - 1]!) ? start - 1 : start;
	addRow(lead, end);
	const width = end - lead;
	let position = end;
	while (position < cells.length) {
		const first = cells[position]!;
		if (TOTAL_CELL.test(first)) {
			let stop = position + 1;
			while (stop < cells.length && VALUE_CELL.test(cells[stop]!)) stop++;
			addRow(position, stop);
			position = stop;
			continue;
		}
		if (
			first.length === 0 ||
			VALUE_CELL.test(first) ||
			OPERATOR_CELL.test(first) ||
			cells.slice(position, position + 4).filter((cell) => HEADER_WORD.test(cell)).length >= 2
		)
			break;
		const stop = Math.min(cells.length, position + width);
		addRow(position, stop);
		position = stop;
	}
	return position;
}

/** Label → value pairs, and header cells followed by value cells, in a run without a known header. */
function groupPairs(run: number[], lines: string[], layout: Layout): void {
	const value = (index: number) => VALUE_CELL.test(cellText(lines[index]!));
	const addRow = (cells: number[]) => {
		layout.rows.add(cells[0]!);
		for (const cell of cells.slice(1)) layout.joins.add(cell);
	};
	let position = 0;
	while (position < run.length) {
		let labelsEnd = position;
		while (labelsEnd < run.length && !value(run[labelsEnd]!)) labelsEnd++;
		let valuesEnd = labelsEnd;
		while (valuesEnd < run.length && value(run[valuesEnd]!)) valuesEnd++;
		const labels = run.slice(position, labelsEnd).filter((index) => cellText(lines[index]!).length > 0);
		const values = run.slice(labelsEnd, valuesEnd);
		position = valuesEnd;
		if (values.length === 0 || labels.length === 0) continue;
		const m = values.length;
		if (labels.length === 1 || m === 1) {
			// label → value pairs: 人员编制 / 21
			addRow([labels.at(-1)!, ...values]);
			continue;
		}
		// Header cells then value cells; the value row's first cell is its label (机构名称 → the unit's name).
		const nameHeader = labels.length >= m + 2 ? labels[labels.length - m - 2] : undefined;
		if (nameHeader !== undefined && NAME_HEADER.test(cellText(lines[nameHeader]!))) {
			addRow(labels.slice(labels.length - m - 2, labels.length - 1));
			addRow([labels.at(-1)!, ...values]);
		} else if (labels.length >= m) {
			addRow(labels.slice(labels.length - m));
			addRow(values);
		}
	}
}
