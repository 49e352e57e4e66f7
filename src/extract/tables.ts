/**
Self-evaluation tables (项目支出/部门整体支出绩效自评表) → data. Rows arrive as table-row
paragraphs (cells separated by tab, from TXT `|`/tab tables, DOCX and PDF tables). A header row
("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分") fixes the columns of the rows under it;
empty leading cells repeat the value above (merged cells). Funding rows (年初预算数, 全年预算数,
全年执行数, 分值, 执行率, 得分) become facts; indicator rows become indicators with target, actual,
weight, score, direction and whether they were met.
*/
import type {DocFile, Paragraph} from '../document/doc-file.js';
import {locAt} from '../document/loc.js';
import type {Measure} from '../schema.js';
import {factAtCell, type FactRecord} from './facts.js';
import type {IndicatorRecord} from './indicators.js';
import {LOWER_IS_BETTER} from './indicators.js';

export type CellRef = {text: string; start: number; end: number};
export type Row = {cells: CellRef[]; paragraph: Paragraph; index: number};

/** One row of 项目资金: 年度资金总额 / 其中:本年财政拨款 / 上年结转资金 / 其他资金. */
export type FundingRow = {label: CellRef; initial: FactRecord | null; adjusted: FactRecord | null; executed: FactRecord | null; weight: number | null; rate: FactRecord | null; score: number | null; row: Row};
export type TotalRow = {weight: number | null; score: number | null; row: Row};

export type TableRecord = {start: number; end: number; funding: FundingRow[]; indicators: IndicatorRecord[]; total: TotalRow | null};

type Column = 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'initial' | 'adjusted' | 'executed' | 'rate';

/** Header words, one row per column; the first match wins. */
const HEADERS: Array<[Column, RegExp]> = [
	['level1', /^一级指标$/u],
	['level2', /^二级指标$/u],
	['name', /^(三级指标|指标名称|绩效指标)$/u],
	['target', /^(年度指标值|指标值|目标值|年度目标值|预期指标值)/u],
	['actual', /^(实际完成值|完成值|实际值|全年实际值|实际完成情况)/u],
	['weight', /^(分值|权重)/u],
	['score', /^(得分|自评得分)/u],
	['initial', /^年初预算数/u],
	['adjusted', /^全年预算数/u],
	['executed', /^全年执行数/u],
	['rate', /^执行率/u],
];
const FUNDING_LABEL = /资金总额|本年财政拨款|财政拨款|上年结转|其他资金|合计/u;
const FUNDING_CONCEPT: Array<[RegExp, string]> = [[/总额|合计/u, 'projectFunds.total'], [/财政拨款/u, 'projectFunds.fiscal'], [/上年结转/u, 'projectFunds.carryover'], [/其他/u, 'projectFunds.other']];
const TOTAL_LABEL = /^(总分|合计|总计|综合得分)$/u;
const NUMBER = /(-?\d+(?:\.\d+)?)/u;

function cellsOf(doc: DocFile, paragraph: Paragraph): CellRef[] {
	const cells: CellRef[] = [];
	let start = paragraph.start;
	for (const text of doc.text.slice(paragraph.start, paragraph.end).split('\t')) {
		const trimmed = text.trim();
		const lead = text.length - text.trimStart().length;
		cells.push({text: trimmed, start: start + lead, end: start + lead + trimmed.length});
		start += text.length + 1;
	}
	return cells;
}

/** Groups consecutive table-row paragraphs into tables. */
function tablesOf(doc: DocFile): Row[][] {
	const tables: Row[][] = [];
	let current: Row[] = [];
	doc.paragraphs.forEach((paragraph, index) => {
		if (paragraph.kind === 'table-row') current.push({cells: cellsOf(doc, paragraph), paragraph, index});
		else if (current.length > 0) {
			tables.push(current);
			current = [];
		}
	});
	if (current.length > 0) tables.push(current);
	return tables;
}

function headerOf(row: Row): Map<Column, number> | null {
	const columns = new Map<Column, number>();
	row.cells.forEach((cell, index) => {
		const found = HEADERS.find(([, pattern]) => pattern.test(cell.text));
		if (found && !columns.has(found[0])) columns.set(found[0], index);
	});
	const indicatorHeader = columns.has('name') && (columns.has('score') || columns.has('actual'));
	const fundingHeader = columns.has('executed') || columns.has('adjusted');
	return indicatorHeader || fundingHeader ? columns : null;
}

/** "≥2次", "100%", "≤10天", "不低于95%" → a measure; text without a number is qualitative. */
export function measureOf(text: string): Measure | null {
	if (text.length === 0) return null;
	const number = NUMBER.exec(withoutSeparators(text));
	const op = /^(≥|>=|不低于|不少于)|以上$/u.test(text) ? '≥' : /^(≤|<=|不高于|不超过|小于)|以下|以内$/u.test(text) ? '≤' : /^>/u.test(text) ? '>' : /^</u.test(text) ? '<' : '=';
	const unit = number ? text.slice(number.index + number[0].length).replace(/以上|以下|以内/u, '').trim() || null : null;
	return {op, value: number ? Number(number[1]) : null, unit, text};
}

const withoutSeparators = (text: string) => text.replace(/,/gu, '');
/** The first number in a cell as an exact decimal string ("1,929.81万元" → "1929.81"). */
const exactIn = (text: string | undefined) => (text === undefined ? null : NUMBER.exec(withoutSeparators(text))?.[1] ?? null);
const numberIn = (text: string | undefined) => {
	const exact = exactIn(text);
	return exact === null ? null : Number(exact);
};

/** Whether an actual value meets its target, given the direction. */
export function meets(target: Measure, actual: Measure, direction: IndicatorRecord['direction']): boolean | null {
	if (target.value === null || actual.value === null) return null;
	if (direction === 'lower-is-better') return target.op === '<' ? actual.value < target.value : actual.value <= target.value;
	return target.op === '>' ? actual.value > target.value : actual.value >= target.value;
}

export type TableContext = {doc: DocFile; project: (offset: number) => string | null};

function makeFact(context: TableContext, cell: CellRef, fields: Parameters<typeof factAtCell>[2], row: Row): FactRecord {
	return factAtCell(context.doc, cell, fields, row.index, [row.paragraph.start, row.paragraph.end]);
}

function fundingRow(context: TableContext, columns: Map<Column, number>, row: Row): FundingRow | null {
	const label = row.cells.find((cell) => FUNDING_LABEL.test(cell.text));
	if (!label) return null;
	const concept = FUNDING_CONCEPT.find(([pattern]) => pattern.test(label.text))?.[1] ?? null;
	const amount = (column: Column, stage: FactRecord['stage']) => {
		const cell = columns.has(column) ? row.cells[columns.get(column)!] : undefined;
		const exact = exactIn(cell?.text);
		if (!cell || exact === null) return null;
		return makeFact(context, cell, {concept, stage, kind: 'amount', value: Number(exact), exact, unit: '万元', label: label.text}, row);
	};
	const rateCell = columns.has('rate') ? row.cells[columns.get('rate')!] : undefined;
	const rateExact = exactIn(rateCell?.text);
	const rate = rateCell && rateExact !== null ? makeFact(context, rateCell, {kind: 'percent', value: Number(rateExact), exact: rateExact, unit: '%', label: '执行率'}, row) : null;
	return {
		label,
		initial: amount('initial', 'initialBudget'),
		adjusted: amount('adjusted', 'adjustedBudget'),
		executed: amount('executed', 'final'),
		weight: numberIn(row.cells[columns.get('weight') ?? -1]?.text),
		rate,
		score: numberIn(row.cells[columns.get('score') ?? -1]?.text),
		row,
	};
}

function indicatorRow(context: TableContext, columns: Map<Column, number>, row: Row, carried: {level1: string | null; level2: string | null}): IndicatorRecord | null {
	const cell = (column: Column) => (columns.has(column) ? row.cells[columns.get(column)!] : undefined);
	const level1 = cell('level1')?.text || carried.level1;
	const level2 = cell('level2')?.text || carried.level2;
	carried.level1 = level1;
	carried.level2 = level2;
	const name = cell('name');
	if (!name || name.text.length === 0 || TOTAL_LABEL.test(name.text)) return null;
	const target = measureOf(cell('target')?.text ?? '');
	const actual = measureOf(cell('actual')?.text ?? '');
	const numeric = target?.value !== null && target?.value !== undefined;
	const direction = LOWER_IS_BETTER.test(name.text) || target?.op === '≤' || target?.op === '<' ? 'lower-is-better' : numeric ? 'higher-is-better' : 'qualitative';
	return {
		project: context.project(row.paragraph.start),
		level1,
		level2,
		name: name.text,
		text: context.doc.text.slice(row.paragraph.start, row.paragraph.end).replaceAll('\t', ' | '),
		direction,
		target,
		actual,
		weight: numberIn(cell('weight')?.text),
		score: numberIn(cell('score')?.text),
		met: target && actual ? meets(target, actual, direction) : null,
		loc: locAt(context.doc, name.start),
		start: name.start,
	};
}

function totalRow(columns: Map<Column, number>, row: Row): TotalRow | null {
	if (!row.cells.some((cell) => TOTAL_LABEL.test(cell.text))) return null;
	return {weight: numberIn(row.cells[columns.get('weight') ?? -1]?.text), score: numberIn(row.cells[columns.get('score') ?? -1]?.text), row};
}

export function extractTables(context: TableContext): TableRecord[] {
	return tablesOf(context.doc).map((rows) => {
		const table: TableRecord = {start: rows[0]!.paragraph.start, end: rows.at(-1)!.paragraph.end, funding: [], indicators: [], total: null};
		let columns: Map<Column, number> | null = null;
		const carried = {level1: null as string | null, level2: null as string | null};
		// "项目名称 | 招商引资费" names the project of the whole table.
		const named = rows.map((row) => row.cells.findIndex((cell) => cell.text === '项目名称')).find((index) => index !== -1);
		const nameRow = rows.find((row) => row.cells.some((cell) => cell.text === '项目名称'));
		const tableProject = named !== undefined && nameRow ? nameRow.cells[named + 1]?.text || null : null;
		const tableContext: TableContext = tableProject ? {...context, project: () => tableProject} : context;
		for (const row of rows) {
			const header = headerOf(row);
			if (header) {
				columns = header;
				continue;
			}
			if (!columns) continue;
			const total = totalRow(columns, row);
			if (total) table.total = total;
			else if (columns.has('executed') || columns.has('adjusted')) {
				const funding = fundingRow(tableContext, columns, row);
				if (funding) table.funding.push(funding);
			} else {
				const indicator = indicatorRow(tableContext, columns, row, carried);
				if (indicator) table.indicators.push(indicator);
			}
		}
		return table;
	});
}
