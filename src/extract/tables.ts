/**
Tables → data. Rows arrive as table-row paragraphs (cells separated by tabs: TXT `|`/tab/space
layouts, DOCX and PDF tables). A header row the column vocabulary knows fixes the meaning of the
rows under it:

- indicator headers (一级指标 … 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分, or 指标名称 | 计量单位 |
  年初指标值 | 全年完成值 | 得分系数 | 指标权重 | 指标得分): indicator rows with target, actual, weight,
  score, direction and whether they were met;
- stage headers (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 预算数(A) | 执行数(B)):
  funding rows, whose label names the concept (年度资金总额, 其中：本年财政拨款 in a project table;
  收入合计, 基本支出 in a department table) and whose columns name the stage;
- concept headers (机构名称 | 收入合计 | 其中：上年结转 | 公共财政拨款): the row under them holds one
  figure per concept;
- no header: label → value pairs, several in one row (人员编制 | 52 | 实有人数 | 55).

A row starting 项目名称 begins a new table: files with several project tables keep them apart.
*/
import type {SegmentedDoc, Paragraph} from '../document/doc-file.js';
import {PROJECT_FUND_ROWS, type ConceptId} from '../lexicon/concepts.js';
import type {Stage} from '../schema.js';
import {readHeader, type Column} from '../text/table-columns.js';
import {factAtCell, type FactRecord} from './facts.js';
import type {IndicatorRecord} from './indicators.js';
import {bareLabel, cellValue, conceptOfLabel, firstNumber, unitIn, type CellRef} from './table-cells.js';
import {indicatorOf} from './table-indicators.js';

export type {CellRef} from './table-cells.js';
export type Row = {cells: CellRef[]; paragraph: Paragraph; index: number};

/** A row of figures by stage: 年度资金总额 / 其中：本年财政拨款 / 上年结转资金, or 收入合计 / 基本支出. */
export type FundingRow = {
	label: CellRef;
	concept: ConceptId | null;
	initial: FactRecord | null;
	adjusted: FactRecord | null;
	executed: FactRecord | null;
	weight: number | null;
	rate: FactRecord | null;
	score: number | null;
	row: Row;
};
export type TotalRow = {weight: number | null; score: number | null; row: Row};

export type TableRecord = {
	start: number;
	end: number;
	project: string | null;
	facts: FactRecord[];
	funding: FundingRow[];
	indicators: IndicatorRecord[];
	total: TotalRow | null;
};

/** `projectFunds`: the document is about projects (its title says 项目), so funding rows are project funds. */
export type TableContext = {doc: SegmentedDoc; project: (offset: number) => string | null; projectFunds?: boolean};

const PROJECT_TABLE = /^(?:项目名称|年度资金总额|项目资金|资金项目)/u;
const TOTAL_LABEL = /^(?:总分|合计|总计|综合得分|自评总分)(?:\(分\))?$/u;
const STAGE_OF: Partial<Record<Column, Stage>> = {
	initial: 'initialBudget',
	adjusted: 'adjustedBudget',
	executed: 'final',
};

function cellsOf(doc: SegmentedDoc, paragraph: Paragraph): CellRef[] {
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

const isCaption = (text: string) => text.length <= 12 && !/[,。;:\d]/u.test(text);

/** Groups consecutive table-row paragraphs into tables; a 项目名称 row opens a new one. */
function tablesOf(doc: SegmentedDoc): Row[][] {
	// A loop without closures: it runs once a file, and a callback made per call is compiled again
	// after each full collection (src/text/by-start.ts).
	const tables: Row[][] = [];
	let current: Row[] = [];
	for (const [index, paragraph] of doc.paragraphs.entries()) {
		// A short caption between two parts of one table ("绩效指标完成情况") does not end it.
		const next = doc.paragraphs[index + 1];
		if (
			paragraph.kind !== 'table-row' &&
			current.length > 0 &&
			next?.kind === 'table-row' &&
			isCaption(doc.text.slice(paragraph.start, paragraph.end))
		)
			continue;
		if (paragraph.kind !== 'table-row') {
			if (current.length > 0) tables.push(current);
			current = [];
			continue;
		}
		const row = {cells: cellsOf(doc, paragraph), paragraph, index};
		if (row.cells[0]?.text === '项目名称' && current.length >= 3) {
			tables.push(current);
			current = [];
		}
		current.push(row);
	}
	if (current.length > 0) tables.push(current);
	return tables;
}

/** The money unit of a table: a caption in the two paragraphs before it, or a cell of its first rows. */
function unitOf(doc: SegmentedDoc, rows: Row[]): string {
	const first = rows[0]!.index;
	const texts = [first - 2, first - 1]
		.filter((index) => index >= 0)
		.map((index) => doc.text.slice(doc.paragraphs[index]!.start, doc.paragraphs[index]!.end));
	for (const row of rows.slice(0, 4)) texts.push(...row.cells.map((cell) => cell.text));
	for (const text of texts) {
		const unit = unitIn(text);
		if (unit) return unit;
	}
	return '万元';
}

type Mode =
	| {kind: 'indicators'; columns: Map<Column, number>; width: number}
	| {kind: 'stages'; columns: Map<Column, number>; weight: number | null}
	| {kind: 'concepts'; concepts: Map<number, NonNullable<ReturnType<typeof conceptOfLabel>>>}
	| {kind: 'pairs'};

function modeOf(row: Row): Mode | null {
	const texts = row.cells.map((cell) => cell.text);
	const columns = readHeader(texts);
	if (columns) {
		if (columns.has('name') && (columns.has('score') || columns.has('actual') || columns.has('target')))
			return {kind: 'indicators', columns, width: texts.length};
		if (columns.has('executed') || columns.has('adjusted') || columns.has('initial')) {
			// "得分（20分*执行率）" and "预算执行情况（20分）" state the weight in the header.
			const weight = texts.map((text) => /[(（](\d+)分/u.exec(text)?.[1]).find((found) => found !== undefined);
			return {kind: 'stages', columns, weight: weight ? Number(weight) : null};
		}
		if (columns.has('amount')) return {kind: 'pairs'};
	}
	const concepts = new Map<number, NonNullable<ReturnType<typeof conceptOfLabel>>>();
	texts.forEach((text, index) => {
		const concept = conceptOfLabel(text);
		if (concept && cellValue(text, '万元') === null) concepts.set(index, concept);
	});
	const values = texts.filter((text) => cellValue(text, '万元') !== null).length;
	return concepts.size >= 2 && values === 0 ? {kind: 'concepts', concepts} : null;
}

type Reader = {
	context: TableContext;
	unit: string;
	projectTable: boolean;
	table: TableRecord;
	carried: {level1: string | null; level2: string | null};
};

function fact(
	reader: Reader,
	cell: CellRef,
	row: Row,
	fields: {concept: ConceptId | null; stage: Stage | null; label: string},
	family: 'money' | 'staff' | null = 'money',
): FactRecord | null {
	const value = cellValue(cell.text, reader.unit, family);
	if (!value) return null;
	return factAtCell(
		reader.context.doc,
		cell,
		{...fields, entity: null, kind: value.kind, value: value.value, exact: value.exact, unit: value.unit},
		row.index,
		[row.paragraph.start, row.paragraph.end],
	);
}

function keep(reader: Reader, found: FactRecord | null): FactRecord | null {
	if (found) reader.table.facts.push(found);
	return found;
}

function conceptForRow(reader: Reader, label: string): ConceptId | null {
	if (reader.projectTable) return PROJECT_FUND_ROWS.find(([pattern]) => pattern.test(bareLabel(label)))?.[1] ?? null;
	return conceptOfLabel(label)?.concept ?? null;
}

function readStageRow(reader: Reader, mode: Extract<Mode, {kind: 'stages'}>, row: Row): void {
	const label = row.cells.find((cell) => cell.text.length > 0);
	if (!label) return;
	const cellAt = (column: Column) => (mode.columns.has(column) ? row.cells[mode.columns.get(column)!] : undefined);
	const concept = conceptForRow(reader, label.text);
	const amount = (column: Column) => {
		const cell = cellAt(column);
		return cell && concept
			? keep(reader, fact(reader, cell, row, {concept, stage: STAGE_OF[column]!, label: label.text}))
			: null;
	};
	const rateCell = cellAt('rate');
	const rate =
		rateCell && /%$/u.test(rateCell.text)
			? keep(reader, fact(reader, rateCell, row, {concept: null, stage: null, label: '执行率'}))
			: null;
	const funding: FundingRow = {
		label,
		concept,
		initial: amount('initial'),
		adjusted: amount('adjusted'),
		executed: amount('executed'),
		weight:
			firstNumber(cellAt('weight')?.text) ??
			(cellAt('score') && firstNumber(cellAt('score')!.text) !== null ? mode.weight : null),
		rate,
		score: firstNumber(cellAt('score')?.text),
		row,
	};
	if (concept || funding.score !== null) reader.table.funding.push(funding);
}

function readIndicatorRow(reader: Reader, mode: Extract<Mode, {kind: 'indicators'}>, row: Row): void {
	const project = reader.table.project ?? reader.context.project(row.paragraph.start);
	const found = indicatorOf(
		reader.context.doc,
		{cells: row.cells, start: row.paragraph.start, end: row.paragraph.end},
		mode.columns,
		mode.width,
		reader.carried,
		project,
	);
	if (found) reader.table.indicators.push(found);
}

/** 总分 | 100 | 90, or positional under the weight and score columns. */
function readTotalRow(mode: Mode | null, row: Row): TotalRow {
	const columns =
		mode && (mode.kind === 'indicators' || mode.kind === 'stages') ? mode.columns : new Map<Column, number>();
	const at = (column: Column) => (columns.has(column) ? firstNumber(row.cells[columns.get(column)!]?.text) : null);
	let weight = at('weight');
	let score = at('score');
	if (score === null) {
		const figures = row.cells
			.slice(1)
			.map((cell) => firstNumber(cell.text))
			.filter((value) => value !== null);
		if (figures.length >= 2) [weight, score] = figures.slice(-2) as [number, number];
		else if (figures.length === 1) score = figures[0]!;
	}
	return {weight, score, row};
}

/** Label → value pairs along a row: 人员编制 | 52 | 实有人数 | 55. */
function readPairs(reader: Reader, row: Row): void {
	row.cells.forEach((cell, index) => {
		const value = row.cells[index + 1];
		const concept = conceptOfLabel(cell.text);
		if (!concept || !value || cellValue(cell.text, reader.unit) !== null) return;
		keep(
			reader,
			fact(
				reader,
				value,
				row,
				{concept: concept.concept, stage: concept.defaultStage, label: cell.text},
				concept.family,
			),
		);
	});
}

function readConceptRow(reader: Reader, mode: Extract<Mode, {kind: 'concepts'}>, row: Row): void {
	for (const [index, concept] of mode.concepts) {
		const cell = row.cells[index];
		if (cell)
			keep(
				reader,
				fact(
					reader,
					cell,
					row,
					{concept: concept.concept, stage: concept.defaultStage, label: concept.cue},
					concept.family,
				),
			);
	}
}

function readTable(context: TableContext, rows: Row[]): TableRecord {
	const named = rows.find((row) => row.cells[0]?.text === '项目名称');
	const project = named?.cells.slice(1).find((cell) => cell.text.length > 0)?.text ?? null;
	const table: TableRecord = {
		start: rows[0]!.paragraph.start,
		end: rows.at(-1)!.paragraph.end,
		project,
		facts: [],
		funding: [],
		indicators: [],
		total: null,
	};
	const reader: Reader = {
		context,
		unit: unitOf(context.doc, rows),
		projectTable: context.projectFunds === true || rows.some((row) => PROJECT_TABLE.test(row.cells[0]?.text ?? '')),
		table,
		carried: {level1: null, level2: null},
	};
	let mode: Mode | null = null;
	for (const row of rows) {
		const header = modeOf(row);
		if (header) {
			mode = header;
			continue;
		}
		const first = row.cells.find((cell) => cell.text.length > 0)?.text ?? '';
		if (TOTAL_LABEL.test(first.replace(/\s/gu, ''))) {
			table.total = readTotalRow(mode, row);
			continue;
		}
		if (mode?.kind === 'indicators') readIndicatorRow(reader, mode, row);
		else if (mode?.kind === 'stages') readStageRow(reader, mode, row);
		else if (mode?.kind === 'concepts') readConceptRow(reader, mode, row);
		else readPairs(reader, row);
	}
	return table;
}

/**
The funding block and the indicator block of one MoF table, parted by the 年度总体目标 prose the
flattening left between them, are one table again: the indicators' 总分 counts the execution row.
*/
function rejoin(doc: SegmentedDoc, tables: TableRecord[]): TableRecord[] {
	const joined: TableRecord[] = [];
	for (const table of tables) {
		const previous = joined.at(-1);
		const between = previous
			? doc.paragraphs.filter((paragraph) => paragraph.start >= previous.end && paragraph.end <= table.start).length
			: Infinity;
		if (
			previous &&
			previous.total === null &&
			previous.funding.length > 0 &&
			previous.indicators.length === 0 &&
			table.project === null &&
			table.funding.length === 0 &&
			table.indicators.length > 0 &&
			between <= 2
		) {
			joined[joined.length - 1] = {
				...previous,
				end: table.end,
				facts: [...previous.facts, ...table.facts],
				indicators: table.indicators,
				total: table.total,
			};
		} else joined.push(table);
	}
	return joined;
}

export function extractTables(context: TableContext): TableRecord[] {
	return rejoin(
		context.doc,
		tablesOf(context.doc).map((rows) => readTable(context, rows)),
	);
}
