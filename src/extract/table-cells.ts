/**
What a table cell says: a figure with its unit ("1,929.81", "864.2万", "100%", "21"), or a label
that names a concept through the lexicon ("其中：上年结转" → income.carryoverBeginning, "人员编制" →
staff.authorized.total). The table's money unit comes from a caption or header ("金额单位：元",
"金额（万元）"); 万元 when none is stated.
*/
import type {FactKind} from '../schema.js';
import {
	MONEY_CONCEPTS,
	STAFF_CONCEPTS,
	SUB_ITEM_BEFORE_TOTAL,
	type ConceptCue,
	type ConceptId,
} from '../lexicon/concepts.js';

export type CellRef = {text: string; start: number; end: number};

/** A figure in a cell: exact decimal string, its unit as written (or the table's), and its kind. */
export type CellValue = {exact: string; value: number; unit: string | null; kind: FactKind};

const FIGURE_CELL = /^([-+]?\d[\d,]*(?:\.\d+)?)\s?(%|万元|万|亿元|元|人|名|个|分)?$/u;
const UNIT_CAPTION = /(?:金额)?单位[:：]\s?(万元|元|亿元)|[(（](万元|元)[)）]/u;

/** The figure a cell holds, or null for text, dashes and empty cells. */
export function cellValue(
	text: string,
	tableUnit: string,
	family: 'money' | 'staff' | null = 'money',
): CellValue | null {
	const match = FIGURE_CELL.exec(text.trim());
	if (!match) return null;
	const exact = match[1]!.replaceAll(',', '').replace(/^\+/u, '');
	const written = match[2] ?? null;
	if (written === '%') return {exact, value: Number(exact), unit: '%', kind: 'percent'};
	if (written === '分') return {exact, value: Number(exact), unit: '分', kind: 'score'};
	if (family === 'staff' || written === '人' || written === '名')
		return {exact, value: Number(exact), unit: written ?? '人', kind: 'headcount'};
	if (written === '个') return {exact, value: Number(exact), unit: '个', kind: 'count'};
	// 864.2万 in a 万元 table is 864.2万元.
	const unit = written === '万' ? '万元' : (written ?? tableUnit);
	return {exact, value: Number(exact), unit, kind: 'amount'};
}

/** The first number in a cell as written ("100分" → 100, "1,929.81万元" → 1929.81), or null: weights and scores. */
export function firstNumber(text: string | undefined): number | null {
	const match = text === undefined ? null : /(-?\d+(?:\.\d+)?)/u.exec(text.replaceAll(',', ''));
	return match ? Number(match[1]) : null;
}

/** The money unit stated in a caption or header cell, or null. */
export function unitIn(text: string): string | null {
	const match = UNIT_CAPTION.exec(text);
	return match ? (match[1] ?? match[2])! : null;
}

type LabelConcept = {concept: ConceptId; family: 'money' | 'staff'; defaultStage: 'final' | null; cue: string};

function indexCues(): Array<LabelConcept> {
	const entries: LabelConcept[] = [];
	const add = (list: ConceptCue[], family: LabelConcept['family']) => {
		for (const entry of list)
			for (const cue of entry.cues)
				entries.push({concept: entry.concept, family, defaultStage: entry.defaultStage ?? null, cue});
	};
	add(MONEY_CONCEPTS, 'money');
	add(STAFF_CONCEPTS, 'staff');
	// Longest cue first: 一般公共预算财政拨款收入 before 财政拨款收入, 基本支出总额 before 基本支出.
	return entries.sort((a, b) => b.cue.length - a.cue.length);
}

const CUES = indexCues();

/** A label cell without its decorations: "其中：", "一、", "（万元）", spaces. */
export function bareLabel(text: string): string {
	return text
		.replace(/\s/gu, '')
		.replace(/^(?:其中[:：]?|[一二三四五六七八九十]+、|\d+[.、])/u, '')
		.replace(/[(（](?:万元|元|人|个)[)）]$/u, '');
}

/** The concept a row or column label names, or null (bare 收入 and 支出 never name one here). */
export function conceptOfLabel(text: string): LabelConcept | null {
	const label = bareLabel(text);
	if (label.length === 0 || label.length > 24) return null;
	for (const entry of CUES) {
		const at = label.indexOf(entry.cue);
		if (at === -1) continue;
		// “三公”经费支出合计 is the total of one item, not of the department.
		if (entry.defaultStage === 'final' && SUB_ITEM_BEFORE_TOTAL.test(label.slice(0, at))) return null;
		return entry;
	}
	return null;
}
