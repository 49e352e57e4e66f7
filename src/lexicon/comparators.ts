/**
One comparator and direction vocabulary for prose and tables: the words that make a target a floor
(≥2次, 不少于, 以上) or a ceiling (≤10天, 不超过, 以内, 控制在), and the indicators where less is better.
*/
import type {Measure} from '../schema.js';

/** A floor: "≥90%", "不低于95%", "10人以上", "超70亿元". */
const FLOOR_WORDS = /^(?:≥|>=|不低于|不少于|至少|超过|超)|(?:以上|及以上)$/u;
/** A ceiling: "≤5%", "不超过", "控制在…以内", "10天以下". */
const CEILING_WORDS = /^(?:≤|<=|不高于|不超过|小于等于|控制在|低于)|(?:以下|以内|及以下)$/u;

/** Indicators where less is better (contract §4: 控制率/调整率/变动率/结转结余率 …). */
export const LOWER_IS_BETTER = /控制率|调整率|变动率|结转结余率|结余率|偏差率|超支率|投诉率|差错率|发生率|事故率/u;

/** The same words anywhere in a sentence of prose ("完成…不少于2次"). */
const FLOOR_IN_PROSE = /≥|>=|不低于|不少于|至少|超过|超|以上/u;
const CEILING_IN_PROSE = /≤|<=|不高于|不超过|小于|控制在|以下|以内/u;

/** The comparator a table cell (or, with `prose`, a sentence) states; `=` when it states none. */
export function comparatorOf(text: string, prose = false): Measure['op'] {
	const trimmed = text.trim();
	if (prose) return FLOOR_IN_PROSE.test(trimmed) ? '≥' : CEILING_IN_PROSE.test(trimmed) ? '≤' : '=';
	if (FLOOR_WORDS.test(trimmed)) return '≥';
	if (CEILING_WORDS.test(trimmed)) return '≤';
	if (trimmed.startsWith('>')) return '>';
	if (trimmed.startsWith('<')) return '<';
	return '=';
}

/** Direction of an indicator from its name and target. */
export function directionOf(
	name: string,
	target: Measure | null,
): 'higher-is-better' | 'lower-is-better' | 'qualitative' {
	if (target?.op === '≤' || target?.op === '<') return 'lower-is-better';
	if (target && target.value !== null && LOWER_IS_BETTER.test(name) && target.op !== '≥' && target.op !== '>')
		return 'lower-is-better';
	return target?.value !== null && target?.value !== undefined ? 'higher-is-better' : 'qualitative';
}
