/**
Cue words found in a paragraph through the tokenizer: concept mentions (基本支出, 在职职工),
entity mentions (本级, 所属事业中心, a named 中心 before 属于) and stage cues (年初…预算, 调整为, 决算).
*/
import {piecesAt} from '../nlp/tokenizer.js';
import {allMatches} from '../text/window-matches.js';
import {
	GENERIC_MONEY_CUES,
	MONEY_CONCEPTS,
	STAFF_CONCEPTS,
	STAGE_NEUTRAL_PHRASES,
	type ConceptCue,
	type ConceptId,
} from '../lexicon/concepts.js';
import type {Stage} from '../schema.js';
import {byStart} from '../text/by-start.js';

export type Mention = {
	start: number;
	end: number;
	word: string;
	concept: ConceptId;
	family: 'money' | 'staff';
	generic: boolean;
	defaultStage: Stage | null;
};

type CueInfo = Omit<Mention, 'start' | 'end'>;

function indexCues(): Map<string, CueInfo> {
	const index = new Map<string, CueInfo>();
	const add = (entries: ConceptCue[], family: Mention['family'], generic: boolean) => {
		// A cue that says 预算 (预算收入, 支出预算) names a budget, never the year's final figure.
		for (const entry of entries)
			for (const word of entry.cues)
				index.set(word, {
					word,
					concept: entry.concept,
					family,
					generic,
					defaultStage: word.includes('预算') ? null : (entry.defaultStage ?? null),
				});
	};
	add(MONEY_CONCEPTS, 'money', false);
	add(
		GENERIC_MONEY_CUES.map((entry) => ({...entry, defaultStage: 'final' as const})),
		'money',
		true,
	);
	add(STAFF_CONCEPTS, 'staff', false);
	return index;
}

const CUES = indexCues();
/** Every leading part of a cue word: a run of tokens that is none can only grow into no cue. */
const CUE_PREFIXES = new Set(
	[...CUES.keys()].flatMap((word) => Array.from({length: word.length}, (_, index) => word.slice(0, index + 1))),
);
const NOT_A_CUE_AFTER = /参照$/u;
const MAX_CUE_TOKENS = 4;

/** Bare 收入/支出 is a total only at the head of a clause (收入增加…), not inside 营业收入. */
function standsAlone(text: string, start: number): boolean {
	return start === 0 || /[,;。:(、\n\d年度门比]/u.test(text[start - 1]!);
}

/** The cue words by their first code unit: where a cue may start is one lookup by number per character. */
const CUES_BY_FIRST = new Map<number, string[]>();
for (const word of CUES.keys()) {
	const first = word.charCodeAt(0);
	CUES_BY_FIRST.set(first, [...(CUES_BY_FIRST.get(first) ?? []), word]);
}

/** Where a cue word is written in text[from, to), whatever the words around it: the only places a mention can be. */
function cueOffsets(text: string, from: number, to: number): number[] {
	const offsets: number[] = [];
	for (let at = from; at < to; at++) {
		const words = CUES_BY_FIRST.get(text.charCodeAt(at));
		if (words === undefined) continue;
		for (const word of words)
			if (at + word.length <= to && text.startsWith(word, at)) {
				offsets.push(at);
				break;
			}
	}
	return offsets;
}

/**
Concept mentions in a paragraph, matched on token boundaries (the longest run of up to four tokens).
A run of tokens that spells a cue spells it in the text, and never across a separator (no cue holds
one), so only the pieces of the cut with a cue written in them are cut and read.
*/
export function findMentions(doc: {text: string}, paragraph: {start: number; end: number}): Mention[] {
	const {text} = doc;
	const mentions: Mention[] = [];
	const offsets = cueOffsets(text, paragraph.start, paragraph.end);
	if (offsets.length === 0) return mentions;
	for (const tokens of piecesAt(doc, paragraph, offsets)) {
		for (let index = 0; index < tokens.length; index++) {
			let word = '';
			let longest: {cue: CueInfo; length: number} | null = null;
			for (let length = 1; length <= MAX_CUE_TOKENS && index + length <= tokens.length; length++) {
				word += tokens[index + length - 1]!.word;
				if (!CUE_PREFIXES.has(word)) break;
				const cue = CUES.get(word);
				if (cue && !(cue.generic && !standsAlone(text, tokens[index]!.start))) longest = {cue, length};
			}
			if (!longest) continue;
			const start = tokens[index]!.start;
			// 参照公务员法管理: a way of managing a unit, not 公务员 as staff.
			if (NOT_A_CUE_AFTER.test(text.slice(Math.max(paragraph.start, start - 2), start))) continue;
			const {cue} = longest;
			// Field by field, not spread from the cue: see src/document/loc.ts (locWithSection).
			mentions.push({
				word: cue.word,
				concept: cue.concept,
				family: cue.family,
				generic: cue.generic,
				defaultStage: cue.defaultStage,
				start,
				end: tokens[index + longest.length - 1]!.end,
			});
			index += longest.length - 1;
		}
	}
	return mentions;
}

export type EntityMention = {start: number; end: number; entity: string | null};

/**
Where a statement switches to a sub-unit or back to the whole department:
"其中我局本级…" → 本级; "所属事业中心…" → 事业中心; "石家庄市鹿泉区投资促进服务中心属于事业单位" → that name;
"我部门 / 本单位 / 局机关" → the whole department.
*/
const ENTITY_PATTERNS: Array<{
	pattern: RegExp;
	entity: (match: RegExpExecArray) => string | null;
	/** What every match holds, cheap to look for: a paragraph without it skips the pattern. */
	marker?: RegExp;
}> = [
	{pattern: /本级/gu, entity: () => '本级'},
	{pattern: /所属(?:的)?([\u4e00-\u9fff]{0,24}?(?:中心|单位|站|院|队|馆))/gu, entity: (match) => match[1]!},
	{
		pattern:
			/([\u4e00-\u9fff]{2,30}?(?:局|中心|委员会|办公室|站|院|队|馆))(?:\(本级\))?(?=属于|是|为|年末|年底|实有|现有|共有|在职|编制)/gu,
		entity: (match) => match[1]!,
		// The lazy name is tried from every ideograph; the unit word before the verb is rare.
		marker: /(?:局|中心|委员会|办公室|站|院|队|馆)(?:\(本级\))?(?:属于|是|为|年末|年底|实有|现有|共有|在职|编制)/u,
	},
	{pattern: /本部门|本单位|我部门|我单位|我局(?!本级)|局机关|全局/gu, entity: () => null},
];

/** "所属事业单位" names a kind of unit, not a unit. */
const GENERIC_UNIT_WORDS = new Set(['单位', '事业单位', '中心', '行政单位']);

export function findEntities(text: string, from: number, to: number): EntityMention[] {
	const slice = text.slice(from, to);
	const found: EntityMention[] = [];
	for (const {pattern, entity, marker} of ENTITY_PATTERNS) {
		if (marker && !marker.test(slice)) continue;
		for (const match of allMatches(slice, pattern)) {
			const start = from + match.index;
			if (GENERIC_UNIT_WORDS.has(match[1] ?? '')) continue;
			if (found.some((other) => start < other.end && start + match[0].length > other.start)) continue;
			found.push({start, end: start + match[0].length, entity: entity(match as RegExpExecArray)});
		}
	}
	return found.sort(byStart);
}

/** Stage cue words, each a pattern on text whose stage-neutral names (年初结转和结余…) were blanked. */
const STAGE_CUES: Array<{stage: Stage; pattern: RegExp}> = [
	{stage: 'adjustedBudget', pattern: /调整(?:后|为)|调整预算|全年预算|预算调整|年终[^。]{0,8}调整/gu},
	{stage: 'initialBudget', pattern: /年初[^。,;]{0,6}预算|年初预算|(?<!全年|调整后|调整)预算数/gu},
	{stage: 'final', pattern: /决算|实际(?:支出|收入|完成|执行)|执行数|全年执行|支出合计|收入合计|收入总计|支出总计/gu},
	{stage: 'priorYear', pattern: /上年(?:度)?(?:决算|实际)?(?:数|为)/gu},
];

export type StageCue = {start: number; end: number; stage: Stage};

/** Each stage-neutral name and the blank of its length that hides it from the stage cues. */
const NEUTRAL_BLANKS: Array<[phrase: string, blank: string]> = STAGE_NEUTRAL_PHRASES.map((phrase) => [
	phrase,
	'□'.repeat(phrase.length),
]);

export function findStageCues(text: string, from: number, to: number): StageCue[] {
	let slice = text.slice(from, to);
	// Looked for before replacing: most paragraphs hold none, and a replacement makes a string each time.
	for (const [phrase, blank] of NEUTRAL_BLANKS) if (slice.includes(phrase)) slice = slice.replaceAll(phrase, blank);
	const cues: StageCue[] = [];
	for (const {stage, pattern} of STAGE_CUES) {
		for (const match of allMatches(slice, pattern))
			cues.push({start: from + match.index, end: from + match.index + match[0].length, stage});
	}
	return cues.sort(byStart);
}
