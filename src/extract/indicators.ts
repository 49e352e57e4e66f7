/**
Performance indicators stated in prose: under a project heading ("3、招商引资费完成情况："), items
"(1) 产出指标情况：完成2次外出招商推介、…，数量指标…均达标" give one indicator per stated figure
(or one qualitative indicator when the item states none), with whether it was met (达标).
*/
import type {SegmentedDoc} from '../document/doc-file.js';
import {locAt} from '../document/loc.js';
import type {Indicator, Measure} from '../schema.js';
import {comparatorOf, LOWER_IS_BETTER} from '../lexicon/comparators.js';
import type {FactRecord} from './facts.js';
import type {SectionNode} from '../segment/section-tree.js';
import {byStart} from '../text/by-start.js';

export type IndicatorRecord = Indicator & {start: number};

/** "(1) 产出指标情况：" / "（三）满意度指标：" at the start of an item. */
const ITEM =
	/^(?:\(\s?\d{1,2}\s?\)|\d{1,2}[、.])?\s?((?:产出|效益|满意度|成本|效果|管理|社会效益|经济效益)指标)(?:情况|完成情况)?\s?:/u;
const UNMET = /未达标|未完成|未达到|未实现|没有完成|差距较大/u;
const MET = /达标|已完成|均已完成|完成|已达到|实现/u;
const PIECE_DELIMITER = /[、,;。]/u;

export function projectOf(sections: SectionNode[], offset: number): string | null {
	let found: SectionNode | null = null;
	const visit = (nodes: SectionNode[]) => {
		for (const node of nodes) {
			if (offset < node.start || offset >= node.end) continue;
			if (/完成情况|实施情况|项目/u.test(node.title)) found = node;
			visit(node.children);
		}
	};
	visit(sections);
	const title = (found as SectionNode | null)?.title;
	return title ? title.replace(/(?:的)?(?:完成|实施)情况.*$/u, '').trim() || title : null;
}

function measureOf(fact: FactRecord, text: string): Measure {
	return {op: comparatorOf(text, true), value: fact.value, unit: fact.unit, text};
}

function pieceAround(text: string, from: number, to: number, offset: number): [number, number] {
	let start = offset;
	while (start > from && !PIECE_DELIMITER.test(text[start - 1]!)) start--;
	let end = offset;
	while (end < to && !PIECE_DELIMITER.test(text[end]!)) end++;
	return [start, end];
}

/** The facts inside [from, to), found by binary search: facts are in document order. */
function factsWithin(facts: FactRecord[], from: number, to: number): FactRecord[] {
	let low = 0;
	let high = facts.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (facts[middle]!.start < from) low = middle + 1;
		else high = middle;
	}
	const within: FactRecord[] = [];
	for (let index = low; index < facts.length && facts[index]!.start < to; index++)
		if (facts[index]!.end <= to) within.push(facts[index]!);
	return within;
}

/**
An indicator stated in prose: no level 2, weight, score or target. Written out field by field, not
spread from a shared base object: the spread took V8's generic copy, ~1 % of the analysis.
*/
function indicatorOf(
	project: string | null,
	level1: string,
	met: boolean | null,
	stated: Pick<IndicatorRecord, 'name' | 'text' | 'direction' | 'actual' | 'loc' | 'start'>,
): IndicatorRecord {
	return {
		project,
		level1,
		level2: null,
		weight: null,
		score: null,
		met,
		target: null,
		name: stated.name,
		text: stated.text,
		direction: stated.direction,
		actual: stated.actual,
		loc: stated.loc,
		start: stated.start,
	};
}

export function extractIndicators(doc: SegmentedDoc, sections: SectionNode[], facts: FactRecord[]): IndicatorRecord[] {
	const indicators: IndicatorRecord[] = [];
	const inOrder = [...facts].sort(byStart);
	for (const paragraph of doc.paragraphs) {
		const line = doc.text.slice(paragraph.start, paragraph.end);
		const item = ITEM.exec(line);
		if (!item) continue;
		const bodyStart = paragraph.start + item[0].length;
		const body = doc.text.slice(bodyStart, paragraph.end);
		const met = UNMET.test(body) ? false : MET.test(body) ? true : null;
		const project = projectOf(sections, paragraph.start);
		const figures = factsWithin(inOrder, bodyStart, paragraph.end).filter(
			(fact) => !['year', 'date'].includes(fact.kind),
		);
		const level1 = item[1]!;
		if (figures.length === 0) {
			indicators.push(
				indicatorOf(project, level1, met, {
					name: level1,
					text: body,
					direction: 'qualitative',
					actual: null,
					loc: locAt(doc, bodyStart),
					start: bodyStart,
				}),
			);
			continue;
		}
		for (const fact of figures) {
			const [start, end] = pieceAround(doc.text, bodyStart, paragraph.end, fact.start);
			const text = doc.text.slice(start, end);
			const name = (fact.label ?? text).replace(/^(完成|达到|实现)/u, '') || text;
			const actual = measureOf(fact, text);
			const direction = LOWER_IS_BETTER.test(name) || actual.op === '≤' ? 'lower-is-better' : 'higher-is-better';
			indicators.push(
				indicatorOf(project, level1, met, {name, text, direction, actual, loc: locAt(doc, start), start}),
			);
		}
	}
	return indicators;
}
