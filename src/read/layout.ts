/**
Table and table-of-contents layouts in plain lines, as text flattened from PDF, spreadsheets and
web pages has them. Decided on raw lines, before normalization, so that normalization can turn the
cell separators into tabs while every character keeps its raw offset:

- space-aligned rows: cells separated by two or more spaces
  ("年度资金总额      0             0             10");
- rows with single spaces between cells, under a header row the vocabulary knows
  ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分" then "产出指标 数量指标 … 20 20");
- cells one per line, blank lines between ("人员编制" / "21" / "实有人数" / "21"), including a run of
  header cells followed by a run of value cells;
- tables of contents: the lines after 目录 up to the body's first heading, and any line closed by
  leaders and a page number ("一、本部门职责……3", "四、绩效自评结论————4", "… PAGEREF _Toc8401 \h 3").
*/
import {HEADER_WORD} from '../text/table-columns.js';

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

const WIDE_GAP = /[ \u3000]{2,}/gu;
const SENTENCE_PUNCTUATION = /[。;；!?！？]/u;
/** A cell that holds only a figure: 486.52, 1,929.81, 100%, 864.2万, 21人, —. */
const VALUE_CELL = /^(?:[-+]?\d[\d,]*(?:\.\d+)?\s?(?:%|万元|万|元|人|个|名|分)?|—|-|\/)$/u;
const NAME_HEADER = /名称$|^项目$/u;
const TOC_TITLE = /^(?:[\u4e00-\u9fff]{0,8})目\s?录$/u;
/** Leaders and a page number closing a TOC entry, or a Word TOC field left in the text. */
const TOC_ENTRY = /(?:\.{3,}|…{2,}|·{3,}|—{2,}|-{4,}|_{4,}|PAGEREF\s+_Toc\d+)[^\u4e00-\u9fff]*\d{1,3}(?:\s?-\s?\d{1,3})?\s*$/u;
const MAX_CELL = 40;
const MAX_TOC_ENTRIES = 60;

const isBlank = (line: string) => line.trim().length === 0;
/** A cell on a line of its own may be closed by "|" (web tables flattened one cell per line). */
const CLOSED_CELL = /\s*\|\s*$/u;
const cellText = (line: string) => (line.indexOf('|') === line.lastIndexOf('|') ? line.replace(CLOSED_CELL, '') : line).trim();
const stripToc = (line: string) => line.replace(TOC_ENTRY, '').replace(/[\s　]/gu, '');

/** Cells of a line split on the gaps a pattern finds (wide gaps, or single spaces), with the gaps' spans. */
function splitCells(line: string, gap: RegExp): {cells: string[]; gaps: Array<[number, number]>} {
	const gaps: Array<[number, number]> = [];
	const start = line.length - line.trimStart().length;
	for (const match of line.trimEnd().matchAll(new RegExp(gap.source, 'gu'))) if (match.index > start) gaps.push([match.index, match.index + match[0].length]);
	return {cells: line.trim().split(new RegExp(gap.source, 'u')), gaps};
}

const SINGLE_GAP = / +/u;

const headerWords = (cells: string[]) => cells.filter((cell) => HEADER_WORD.test(cell)).length;

/** Lines (not blank, not already rows) in order, grouped into runs separated by other content. */
function contentLines(lines: string[], known: Set<number>): number[] {
	return lines.map((_, index) => index).filter((index) => !isBlank(lines[index]!) && !known.has(index));
}

function markSpaceAligned(lines: string[], known: Set<number>, layout: Layout): void {
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
		layout.separators.set(index, indent >= 2 && (neighbour(index, -1) || neighbour(index, 1)) ? [[0, indent], ...gaps] : gaps);
	}
}

/** A lone short label between two rows is a row whose other cells are empty (上年结转资金 | | |). */
function markLabelRows(lines: string[], known: Set<number>, layout: Layout): void {
	const nearest = (index: number, step: number) => {
		let other = index + step;
		while (other >= 0 && other < lines.length && isBlank(lines[other]!)) other += step;
		return other >= 0 && other < lines.length ? other : -1;
	};
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!.trim();
		if (line.length === 0 || line.length > 20 || known.has(index) || layout.rows.has(index) || SENTENCE_PUNCTUATION.test(line) || /\s/u.test(line)) continue;
		const before = nearest(index, -1);
		const after = nearest(index, 1);
		if (before !== -1 && after !== -1 && (layout.rows.has(before) || layout.joins.has(before)) && (layout.rows.has(after) || markedLater(lines, after, layout))) layout.rows.add(index);
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

function markSingleSpaced(lines: string[], known: Set<number>, layout: Layout): void {
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

/** Cells one per line: runs of short lines with figures among them. */
function markCellPerLine(lines: string[], known: Set<number>, layout: Layout): void {
	const isCell = (index: number) => {
		const line = cellText(lines[index]!);
		const closed = CLOSED_CELL.test(lines[index]!);
		if (known.has(index) || layout.rows.has(index) || line.includes('\t') || /^[一二三四五六七八九十]+、/u.test(line)) return false;
		// An empty closed cell ("|") keeps its place in the row.
		return (closed && line.length === 0) || (line.length > 0 && line.length <= 30 && !SENTENCE_PUNCTUATION.test(line));
	};
	const isValue = (index: number) => VALUE_CELL.test(cellText(lines[index]!));
	let run: number[] = [];
	const flush = () => {
		if (run.filter(isValue).length >= 2) groupCells(run, lines, layout);
		run = [];
	};
	for (let index = 0; index < lines.length; index++) {
		if (isBlank(lines[index]!)) continue;
		if (isCell(index)) run.push(index);
		else flush();
	}
	flush();
	// The closing "|" goes from every cell line, and from every line of a text made of such lines.
	const closed = lines.map((_, index) => index).filter((index) => CLOSED_CELL.test(lines[index]!) && lines[index]!.indexOf('|') === lines[index]!.lastIndexOf('|'));
	const content = lines.filter((line) => !isBlank(line)).length;
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
function chunkRows(cells: string[], [start, end]: [number, number], addRow: (from: number, to: number) => void): number {
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
		if (first.length === 0 || VALUE_CELL.test(first) || OPERATOR_CELL.test(first) || cells.slice(position, position + 4).filter((cell) => HEADER_WORD.test(cell)).length >= 2) break;
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

function markToc(lines: string[], layout: Layout): void {
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!.trim();
		if (TOC_ENTRY.test(line)) layout.toc.add(index);
		if (!TOC_TITLE.test(line.replace(/[\s　]/gu, ''))) continue;
		layout.toc.add(index);
		// The entries run until the body repeats the first of them, or until prose begins.
		let first: string | null = null;
		let count = 0;
		for (let next = index + 1; next < lines.length && count < MAX_TOC_ENTRIES; next++) {
			const entry = lines[next]!.trim();
			if (entry.length === 0) continue;
			const key = stripToc(entry);
			if (first !== null && key === first) break;
			if (entry.length > 60 || SENTENCE_PUNCTUATION.test(entry)) break;
			first ??= key;
			layout.toc.add(next);
			count++;
			index = next;
		}
	}
}

/** Finds the table and TOC layouts of plain lines; `known` rows (pipes, tabs, format tables) are left alone. */
export function detectLayout(lines: string[], known: Set<number>): Layout {
	const layout: Layout = {rows: new Set(), separators: new Map(), joins: new Set(), toc: new Set(), drops: new Map()};
	markToc(lines, layout);
	const settled = new Set([...known, ...layout.toc]);
	markSpaceAligned(lines, settled, layout);
	markLabelRows(lines, settled, layout);
	markSingleSpaced(lines, settled, layout);
	markCellPerLine(lines, settled, layout);
	return layout;
}
