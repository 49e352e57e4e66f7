/**
Table rows rebuilt from text positions, for self-evaluation tables whose borders are not stroked
(pdf-parse's getTable finds only ruled tables). Columns come from the header line's cells; a line
with a figure or with text in most columns starts a row; a line with text in one or two columns and
no figure continues the wrapped cells of the row above ("年度资金总" / "额", "经济效益指" / "标"). Cells are returned with wrapped parts joined by "\n",
the shape getTable returns, so the same splicing replaces the interleaved text lines.
*/

type Item = {x: number; y: number; width: number; text: string};
type Line = {y: number; items: Item[]};

const SAME_LINE = 2;
const COLUMN_SLACK = 3;
const CELL_GAP = 4;
const HEADER_WORDS =
	/一级指标|二级指标|三级指标|年度指标值|实际完成值|年初预算数|全年预算数|全年执行数|分值|得分|执行率/gu;

function linesOf(items: Item[]): Line[] {
	const lines: Line[] = [];
	for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
		const line = lines.at(-1);
		if (line && Math.abs(line.y - item.y) < SAME_LINE) line.items.push(item);
		else lines.push({y: item.y, items: [item]});
	}
	for (const line of lines) line.items.sort((a, b) => a.x - b.x);
	return lines;
}

/** Starts of the cells of a line: an item begins a cell when a gap separates it from the one before. */
function cellStarts(line: Line): number[] {
	const starts: number[] = [];
	let end = Number.NEGATIVE_INFINITY;
	for (const item of line.items) {
		if (item.x > end + CELL_GAP) starts.push(item.x);
		end = Math.max(end, item.x + item.width);
	}
	return starts;
}

const columnOf = (columns: number[], x: number) => columns.findLastIndex((start) => x >= start - COLUMN_SLACK);
const aligned = (columns: number[], line: Line) =>
	cellStarts(line).every((start) => columns.some((column) => Math.abs(column - start) <= COLUMN_SLACK));

/** Rebuilds the rows of the self-evaluation table(s) on one page; [] when no header line is found. */
export function tablesFromPositions(items: Item[]): string[][][] {
	const lines = linesOf(items.filter((item) => item.text.trim().length > 0));
	const tables: string[][][] = [];
	for (let index = 0; index < lines.length; index++) {
		const header = lines[index]!;
		const words =
			header.items
				.map((item) => item.text)
				.join('')
				.match(HEADER_WORDS) ?? [];
		if (words.length < 3) continue;
		const columns = cellStarts(header);
		// A header spreads its words over cells; prose that names 全年预算数, 全年执行数 and 执行率 in one
		// sentence is one cell wide.
		if (columns.length < 3) continue;
		// The table runs up and down from its header as long as lines keep to its columns.
		let first = index;
		while (first > 0 && aligned(columns, lines[first - 1]!)) first--;
		let last = index;
		while (last + 1 < lines.length && aligned(columns, lines[last + 1]!)) last++;
		const rows: string[][] = [];
		for (const line of lines.slice(first, last + 1)) {
			const cells = new Map<number, string>();
			for (const item of line.items) {
				const column = columnOf(columns, item.x);
				cells.set(column, (cells.get(column) ?? '') + item.text);
			}
			const row = rows.at(-1);
			// Wrapped cell text: no figure, and no more than a couple of columns ("标" / "投资额").
			const continuation =
				row &&
				![...cells.values()].some((text) => /\d/u.test(text)) &&
				(cells.size <= 2 || cells.size * 2 < columns.length);
			if (continuation) {
				for (const [column, text] of cells) row[column] = row[column] ? `${row[column]}\n${text}` : text;
			} else rows.push(columns.map((_, column) => cells.get(column) ?? ''));
		}
		tables.push(rows);
		index = last;
	}
	return tables;
}
