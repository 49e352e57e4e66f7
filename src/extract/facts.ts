/**
Turns the figures of each paragraph into facts: concept from the nearest cue word before the
figure, stage from the change verb or the nearest stage cue of the sentence (or the sentences
before it in the paragraph), entity from the last sub-unit named in the same clause group.
*/
import Big from 'big.js';
import type {SegmentedDoc, Paragraph} from '../document/doc-file.js';
import {locAt} from '../document/loc.js';
import type {Fact, Stage} from '../schema.js';
import {isoOf, scanDates} from './dates.js';
import {
	ADJUSTMENT_BEFORE,
	DEPARTMENT_BUDGET,
	ENUMERATED_ITEM_BETWEEN,
	SUB_ITEM_BEFORE_TOTAL,
	staffAuthorizedOf,
	staffChangeOf,
	type ConceptId,
} from '../lexicon/concepts.js';
import {findEntities, findMentions, findStageCues, type Mention} from './mentions.js';
import {scanNumbers, WAN_PER_UNIT, type NumberToken} from './numbers.js';
import {byStart} from '../text/by-start.js';
import {codeUnitTable} from '../text/code-unit-table.js';

/** A fact with the internals the rules need: where its figure sits and what it was read against. */
export type FactRecord = Fact & {
	start: number;
	end: number;
	paragraph: number;
	sentence: [number, number];
	qualifier: string | null;
};

/** Per code unit: 2 where a sentence ends (。!?), 1 where only a clause does; read per character of every figure's clause. */
const SENTENCE_END = 2;
const BREAK_KIND = codeUnitTable('。!?', SENTENCE_END, codeUnitTable(',;:()、\n\t'));
const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
/** A change verb right before the figure: 收入增加1817.89万元, 较2022年年底增加15人. */
const CHANGE_VERB = /(增加|增长|上升|提高|多|减少|下降|降低|少|减)(?:了)?$/u;
/** Qualifiers that make a figure a threshold, not an amount: 10亿元以上, 超70亿元. */
const AFTER_QUALIFIER = /^(以上|以下|以内|左右|余|多|上下)/u;
const BEFORE_QUALIFIER = /(超|超过|不少于|不低于|不超过|不高于|近|约|逾|≥|≤|>|<)$/u;

function sentencesOf(text: string, start: number, end: number): Array<[number, number]> {
	const sentences: Array<[number, number]> = [];
	let sentenceStart = start;
	for (let at = start; at < end; at++) {
		if (BREAK_KIND[text.charCodeAt(at)] !== SENTENCE_END) continue;
		sentences.push([sentenceStart, at + 1]);
		sentenceStart = at + 1;
	}
	if (sentenceStart < end) sentences.push([sentenceStart, end]);
	return sentences;
}

/** Whether text[index] ends a clause. A comma between digits is a thousands separator (1,929.81), not a clause break. */
function breaksClause(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (BREAK_KIND[code] === 0) return false;
	return !(code === 0x2c && isDigitCode(text.charCodeAt(index - 1)) && isDigitCode(text.charCodeAt(index + 1)));
}

/** The clause around [start, end): between the nearest delimiters. */
function clauseAround(text: string, start: number, end: number): [number, number] {
	let from = start;
	while (from > 0 && !breaksClause(text, from - 1)) from--;
	let to = end;
	while (to < text.length && !breaksClause(text, to)) to++;
	return [from, to];
}

function labelBefore(text: string, clauseStart: number, start: number): string | null {
	const label = text
		.slice(clauseStart, start)
		.replace(/(?:为|是|达到|达|约|共|计|占|了)$/u, '')
		.trim();
	return label.length > 0 ? label.slice(-16) : null;
}

type Scope = {
	text: string;
	leadStage: Stage | null;
	mentions: Mention[];
	stageCues: ReturnType<typeof findStageCues>;
	entities: ReturnType<typeof findEntities>;
	sentences: Array<[number, number]>;
};

function stageFor(
	scope: Scope,
	token: NumberToken,
	mention: Mention | undefined,
	sentence: [number, number],
): Stage | null {
	// The nearest stage cue before the figure in its sentence, else in the sentences before it.
	const before = scope.stageCues.filter((cue) => cue.end <= token.start);
	const inSentence = before.filter((cue) => cue.start >= sentence[0]);
	const cue = inSentence.at(-1) ?? before.at(-1);
	return cue?.stage ?? scope.leadStage ?? mention?.defaultStage ?? null;
}

function entityFor(scope: Scope, token: NumberToken, sentence: [number, number]): string | null {
	// An entity holds until the next ; or the end of the sentence.
	// Looked for inside the sentence only: from the whole text it would scan back to the start per figure.
	const lastBreak = sentence[0] + scope.text.slice(sentence[0], token.start).lastIndexOf(';') + 1;
	const entity = scope.entities.filter((mention) => mention.end <= token.start && mention.start >= lastBreak).at(-1);
	return entity?.entity ?? null;
}

function makeFact(
	doc: SegmentedDoc,
	token: NumberToken,
	paragraph: number,
	sentence: [number, number],
	fields: Pick<Fact, 'concept' | 'stage' | 'entity' | 'label'>,
	qualifier: string | null,
): FactRecord {
	const [clauseStart, clauseEnd] = clauseAround(doc.text, token.start, token.end);
	const wan = token.unit ? WAN_PER_UNIT[token.unit] : undefined;
	// Every field written out in one order (no spread): one shape for every fact, built fast.
	const fact: FactRecord = {
		concept: fields.concept,
		stage: fields.stage,
		entity: fields.entity,
		label: fields.label,
		kind: token.kind,
		value: token.value,
		exact: token.exact,
		unit: token.unit,
		decimals: token.decimals,
		text: doc.text.slice(clauseStart, clauseEnd),
		loc: locAt(doc, token.start),
		start: token.start,
		end: token.end,
		paragraph,
		sentence,
		qualifier,
	};
	if (wan && token.unit !== '万元') fact.valueWan = Number(new Big(token.exact).times(wan).toString());
	if (fields.label === null) fact.label = labelBefore(doc.text, clauseStart, token.start);
	return fact;
}

/** A fact read from a table cell: the table says what the figure is, so no cue words are needed. */
export function factAtCell(
	doc: SegmentedDoc,
	cell: {text: string; start: number; end: number},
	fields: Partial<Fact> & Pick<Fact, 'kind' | 'value' | 'exact' | 'unit'>,
	paragraph: number,
	row: [number, number],
): FactRecord {
	const point = fields.exact.indexOf('.');
	const fact: FactRecord = {
		concept: fields.concept ?? null,
		stage: fields.stage ?? null,
		entity: fields.entity ?? null,
		kind: fields.kind,
		value: fields.value,
		exact: fields.exact,
		unit: fields.unit,
		decimals: point === -1 ? 0 : fields.exact.length - point - 1,
		label: fields.label ?? null,
		text: cell.text,
		loc: locAt(doc, cell.start),
		start: cell.start,
		end: cell.end,
		paragraph,
		sentence: row,
		qualifier: null,
	};
	// Like a figure in prose, an amount in 元 or 亿元 also gets its value in 万元.
	const wan = fields.unit ? WAN_PER_UNIT[fields.unit] : undefined;
	if (wan && fields.unit !== '万元') fact.valueWan = Number(new Big(fields.exact).times(wan).toString());
	return fact;
}

function qualifierOf(text: string, token: NumberToken): string | null {
	const after = AFTER_QUALIFIER.exec(text.slice(token.end, token.end + 2));
	const before = BEFORE_QUALIFIER.exec(text.slice(Math.max(0, token.start - 3), token.start));
	return after?.[1] ?? before?.[1] ?? null;
}

const ESTABLISHMENT_AFTER = /^编制/u;
const MAX_WORDS_BEFORE = 60;

/** “三公”经费支出合计: a total cue right after an item's name totals that item, not the department. */
function isSubItemTotal(text: string, mention: Mention): boolean {
	return (
		TOTAL_CONCEPTS.has(mention.concept) &&
		!mention.generic &&
		SUB_ITEM_BEFORE_TOTAL.test(text.slice(Math.max(0, mention.start - 4), mention.start))
	);
}

const TOTAL_CONCEPTS = new Set(['income.total', 'expenditure.total']);

/**
A figure whose words name only a stage or a change ("…69.06万元，其中年初预算57.28万元",
"全年收入182.46万元，比上年度增加12.35万元") continues the concept of the figure before it in the sentence.
*/
function inheritedConcept(
	continues: boolean,
	previous: FactRecord | undefined,
	sentence: [number, number],
	opensWithComparison: boolean,
): ConceptId | null {
	// "收入：792.22万元。同比上年度增加189.25万元": a sentence that opens with the comparison goes on
	// about the figure of the sentence before.
	return continues && previous && (previous.sentence[0] === sentence[0] || opensWithComparison)
		? previous.concept
		: null;
}

/** A sentence that opens by comparing with the prior year: 同比上年度增加…, 比上年增加…, 较上年减少…. */
const COMPARISON_OPENING = /^(?:同比|比上年|较上年|与上年)/u;

// Module-level helpers, not arrows made per paragraph: V8 keeps a function's optimized code only
// while a closure of it lives, and a PDF's read brings full collections (src/text/by-start.ts).

/** The sentence of the paragraph [start, end) holding `offset` (the paragraph when none does). */
function sentenceAt(scope: Scope, offset: number, start: number, end: number): [number, number] {
	for (const sentence of scope.sentences) if (offset >= sentence[0] && offset < sentence[1]) return sentence;
	return [start, end];
}

/** The last mention of `family` inside [from, to), sub-item totals left out. */
function lastMentionBefore(scope: Scope, family: Mention['family'], from: number, to: number): Mention | undefined {
	let found: Mention | undefined;
	for (const mention of scope.mentions)
		if (mention.family === family && mention.start >= from && mention.end <= to && !isSubItemTotal(scope.text, mention))
			found = mention;
	return found;
}

/** "收入、支出总计各减少212.30万元": one figure stated for each of the concepts listed before 各. */
const EACH_BEFORE_CHANGE = /各(?:自)?(?:增加|增长|减少|下降|为|是)/u;

function sharedBy(scope: Scope, fact: FactRecord, windowStart: number): FactRecord[] {
	if (!fact.concept || !EACH_BEFORE_CHANGE.test(scope.text.slice(windowStart, fact.start))) return [];
	const listed = scope.mentions.filter(
		(mention) =>
			mention.family === 'money' &&
			mention.start >= windowStart &&
			mention.end <= fact.start &&
			mention.concept !== fact.concept,
	);
	// Only a list joined by 、 or 和 shares the figure; a concept named earlier in the clause does not.
	return listed
		.filter((mention) => /^[、和及与]/u.test(scope.text.slice(mention.end, mention.end + 1)))
		.map((mention) => ({...fact, concept: mention.concept, label: mention.word}));
}

/**
The stage a lead-in gives the paragraphs under it: "2021年部门决算收支完成情况。" or a heading
"（二）决算收支完成情况" puts the figures that follow at the final accounts, until the next heading
or lead-in. Only short paragraphs without figures lead in.
*/
export function leadStages(doc: SegmentedDoc): Array<Stage | null> {
	let lead: Stage | null = null;
	return doc.paragraphs.map((paragraph) => {
		const text = doc.text.slice(paragraph.start, paragraph.end);
		const current = lead;
		if (paragraph.kind === 'text' && text.length <= 30 && !/\d+(?:\.\d+)?\s?(?:万元|元|人|%)/u.test(text)) {
			lead =
				findStageCues(text, 0, text.length).at(-1)?.stage ??
				(paragraph.headingLevel !== null || /^[(（]?[一二三四五六七八九十\d]+[)）、.]/u.test(text) ? null : lead);
			return lead;
		}
		return current;
	});
}

/** What a paragraph states: its dates, and its figures (numbers with a unit, dates left out). */
export type ParagraphFigures = {dates: ReturnType<typeof scanDates>; numbers: NumberToken[]};

export function figuresIn(text: string, paragraph: {start: number; end: number}): ParagraphFigures {
	const {start, end} = paragraph;
	const dates = scanDates(text, start, end);
	const numbers = scanNumbers(
		text,
		start,
		end,
		dates.map((date) => [date.start, date.end]),
	).filter((token) => token.unit !== null);
	return {dates, numbers};
}

/**
Reads every figure of one paragraph; `leadStage` is the stage its lead-in gives (see leadStages).
`figures` are given when the caller has them already (see figuresIn).
*/
export function extractParagraphFacts(
	doc: SegmentedDoc,
	paragraph: Paragraph,
	paragraphIndex: number,
	leadStage: Stage | null = null,
	{dates, numbers}: ParagraphFigures = figuresIn(doc.text, paragraph),
): FactRecord[] {
	const {text} = doc;
	const {start, end} = paragraph;
	// Cue words matter only next to figures: most paragraphs of duties and plans have none.
	const anyFigures = numbers.length > 0;
	const scope: Scope = {
		text,
		leadStage,
		mentions: anyFigures ? findMentions(doc, paragraph) : [],
		stageCues: anyFigures ? findStageCues(text, start, end) : [],
		entities: anyFigures ? findEntities(text, start, end) : [],
		sentences: sentencesOf(text, start, end),
	};
	const facts: FactRecord[] = [];
	let previousEnd = start;
	let previousStaff: FactRecord | undefined;
	let previousMoney: FactRecord | undefined;
	for (const token of numbers) {
		const sentence = sentenceAt(scope, token.start, start, end);
		const windowStart = Math.max(previousEnd, sentence[0]);
		const qualifier = qualifierOf(text, token);
		// 编制249个: an establishment counted in 个 is a headcount.
		const staffCount =
			token.kind === 'count' &&
			token.unit === '个' &&
			lastMentionBefore(scope, 'staff', windowStart, token.start)?.concept.startsWith('staff.authorized.');
		const family = token.kind === 'amount' ? 'money' : token.kind === 'headcount' || staffCount ? 'staff' : null;
		const mention = family ? lastMentionBefore(scope, family, windowStart, token.start) : undefined;
		// The words that decide what a figure is stand right before it; a long window is only cost.
		const between = text.slice(Math.max(mention?.end ?? windowStart, token.start - MAX_WORDS_BEFORE), token.start);
		const change = CHANGE_VERB.exec(between);
		let fields: Pick<Fact, 'concept' | 'stage' | 'entity' | 'label'> = {
			concept: null,
			stage: null,
			entity: null,
			label: mention?.word ?? null,
		};
		if (family === 'money') {
			const stageCue = scope.stageCues.some((cue) => cue.start >= windowStart && cue.end <= token.start);
			const concept =
				ADJUSTMENT_BEFORE.test(between) || ENUMERATED_ITEM_BETWEEN.test(between)
					? null
					: (mention?.concept ??
						inheritedConcept(
							change !== null || stageCue,
							previousMoney,
							sentence,
							COMPARISON_OPENING.test(text.slice(sentence[0], token.start)),
						) ??
						(DEPARTMENT_BUDGET.test(between) ? 'expenditure.total' : null));
			// A stage means something only for a figure whose concept is known.
			// Assets are a position at a date, not a budget flow: they have no stage.
			const stage =
				!concept || concept.startsWith('assets.')
					? null
					: change
						? 'changeFromPriorYear'
						: stageFor(scope, token, mention, sentence);
			fields = {concept, stage, entity: entityFor(scope, token, sentence), label: mention?.word ?? null};
		} else if (family === 'staff') {
			// 在职人员编制12人, 行政人员编制5名: a staff word before 编制 names an establishment, not people.
			const named =
				mention && ESTABLISHMENT_AFTER.test(between) ? staffAuthorizedOf(mention.concept) : mention?.concept;
			const base =
				named ?? (change && previousStaff && previousStaff.sentence[0] === sentence[0] ? previousStaff.concept : null);
			const concept = base && change ? staffChangeOf(base) : base;
			fields = {
				concept,
				stage: change ? 'changeFromPriorYear' : null,
				entity: entityFor(scope, token, sentence),
				label: mention?.word ?? null,
			};
		}
		const fact = makeFact(doc, token, paragraphIndex, sentence, fields, qualifier);
		if (staffCount) fact.kind = 'headcount';
		if (change && /减|少|下降|降低/u.test(change[1]!) && fact.stage === 'changeFromPriorYear') {
			fact.value = -fact.value;
			fact.exact = `-${fact.exact}`;
		}
		if (family === 'staff' && fact.concept) previousStaff = fact;
		if (family === 'money' && fact.concept && fact.stage !== 'changeFromPriorYear') previousMoney = fact;
		facts.push(fact, ...sharedBy(scope, fact, windowStart));
		if (token.kind !== 'percent') previousEnd = token.end;
	}
	for (const date of dates) {
		const token: NumberToken = {
			start: date.start,
			end: date.end,
			exact: date.kind === 'year' ? String(date.year) : isoOf(date),
			decimals: 0,
			value: date.year,
			unit: date.kind === 'year' ? '年' : null,
			kind: date.kind,
			written: date.written,
		};
		facts.push(
			makeFact(
				doc,
				token,
				paragraphIndex,
				sentenceAt(scope, date.start, start, end),
				{concept: null, stage: null, entity: null, label: null},
				null,
			),
		);
	}
	return facts.sort(byStart);
}
