/**
Indicator rows of a self-evaluation table: the cells of each column (anchored on the level cells
when merged left cells vanished), target and actual as measures (指标性质 and 度量单位 may stand in
columns of their own), weight (or the "(5分)" written in the label), score, direction, and whether
the target was met.
*/
import type {SegmentedDoc} from '../document/doc-file.js';
import {locAt} from '../document/loc.js';
import type {Measure} from '../schema.js';
import {LEVEL1_CELL, LEVEL2_CELL, type Column} from '../text/table-columns.js';
import {comparatorOf, directionOf} from '../lexicon/comparators.js';
import type {IndicatorRecord} from './indicators.js';
import {firstNumber, type CellRef} from './table-cells.js';

export type IndicatorRow = {cells: CellRef[]; start: number; end: number};
/** Level cells carried down from the rows above (merged cells). */
export type Carried = {level1: string | null; level2: string | null};

const NUMBER = /(-?\d+(?:\.\d+)?)/u;
const OPERATOR = /^(?:≥|≤|=|>|<|>=|<=)$/u;

/** The cell of a column in a row whose merged left cells vanished: anchored on the level cells it has. */
function indicatorCells(
	columns: Map<Column, number>,
	width: number,
	row: IndicatorRow,
): (column: Column) => CellRef | undefined {
	let offset = 0;
	if (row.cells.length !== width) {
		// The name follows the level cells (or the empty cells that stand for them).
		let name = 0;
		while (
			name < row.cells.length &&
			(row.cells[name]!.text.length === 0 ||
				LEVEL1_CELL.test(row.cells[name]!.text) ||
				LEVEL2_CELL.test(row.cells[name]!.text))
		)
			name++;
		offset = columns.get('name')! - name;
	}
	return (column) => (columns.has(column) ? row.cells[columns.get(column)! - offset] : undefined);
}

function measureIn(text: string, nature: string | undefined, unit: string | undefined): Measure | null {
	if (text.length === 0) return null;
	const number = NUMBER.exec(text.replaceAll(',', ''));
	// 指标性质 "≥" and 度量单位 "%" stand in their own columns in some templates.
	const op =
		nature && OPERATOR.test(nature)
			? (nature.replace('>=', '≥').replace('<=', '≤') as Measure['op'])
			: comparatorOf(text);
	const written = number
		? text
				.slice(number.index + number[0].length)
				.replace(/以上|以下|以内/u, '')
				.trim()
		: '';
	return {op, value: number ? Number(number[1]) : null, unit: written || unit?.trim() || null, text};
}

function meets(target: Measure, actual: Measure, direction: IndicatorRecord['direction']): boolean | null {
	if (target.value === null || actual.value === null) return null;
	if (direction === 'lower-is-better')
		return target.op === '<' ? actual.value < target.value : actual.value <= target.value;
	return target.op === '>' ? actual.value > target.value : actual.value >= target.value;
}

/** Score sheets without a 分值 column write the weight into the label: "相关性(5分)", "测算依据（5分）". */
function weightInLabel(label: string): number | null {
	const match = /\((\d+(?:\.\d+)?)分\)$/u.exec(label);
	return match ? Number(match[1]) : null;
}

/** The indicator a row states, or null for a row of level cells only or an empty one. */
export function indicatorOf(
	doc: SegmentedDoc,
	row: IndicatorRow,
	columns: Map<Column, number>,
	width: number,
	carried: Carried,
	project: string | null,
): IndicatorRecord | null {
	const cell = indicatorCells(columns, width, row);
	const level1 = cell('level1')?.text || carried.level1;
	const level2 = cell('level2')?.text || carried.level2;
	carried.level1 = level1;
	carried.level2 = level2;
	const name = cell('name');
	if (!name || name.text.length === 0 || LEVEL1_CELL.test(name.text) || LEVEL2_CELL.test(name.text)) return null;
	const nature = cell('nature')?.text;
	const unit = cell('unit')?.text;
	const target = measureIn(cell('target')?.text ?? '', nature, unit);
	const actual = measureIn(cell('actual')?.text ?? '', undefined, unit);
	const direction = directionOf(name.text, target);
	return {
		project,
		level1,
		level2,
		name: name.text,
		text: doc.text.slice(row.start, row.end).replaceAll('\t', ' | '),
		direction,
		target,
		actual,
		weight: firstNumber(cell('weight')?.text) ?? weightInLabel(name.text),
		score: firstNumber(cell('score')?.text),
		met: target && actual ? meets(target, actual, direction) : null,
		loc: locAt(doc, name.start),
		start: name.start,
	};
}
