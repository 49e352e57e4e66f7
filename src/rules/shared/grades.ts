/**
Grade bands: the ones a document states ("90分(含)以上为优", "70分(含)至80分为中") win over the
default 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. Grade words are folded to four classes.
*/

import {GRADE_WORD, gradeClass} from '../../lexicon/grades.js';

export {gradeClass} from '../../lexicon/grades.js';

/** A band: its class (优/良/中/差), the word the document gives it, and its scores [min, max). */
export type Band = {grade: string; word: string; min: number; max: number};

export const DEFAULT_BANDS: Band[] = [
	{grade: '优', word: '优', min: 90, max: Number.POSITIVE_INFINITY},
	{grade: '良', word: '良', min: 80, max: 90},
	{grade: '中', word: '中', min: 60, max: 80},
	{grade: '差', word: '差', min: Number.NEGATIVE_INFINITY, max: 60},
];

/**
"80分(含)-90分为良" / "70分(含)至80分(不含)为中" / "90分(含)以上为优" / "90（含）分以上的为优秀" /
"90分以上(含90分)为优" / "60分以下为差" / "60分以下的为D". The (含) may stand before or after 分.
*/
const NUMBER_WITH_MARKS = String.raw`(\d{1,3})\s?分?\s?(?:\((?:含|不含)(?:\d{1,3}分)?\))?\s?分?`;
const RANGE = new RegExp(
	String.raw`${NUMBER_WITH_MARKS}\s?(?:[-~至到—]|及以上|以上)\s?(?:\((?:含|不含)\d{0,3}分?\))?\s?(?:(\d{1,3})\s?分?\s?(?:\((?:不含|含)\))?\s?(?:以下)?)?\s?(?:的)?(?:为|评为|定为|属于)\s?[“"]?${GRADE_WORD}`,
	'gu',
);
const BELOW = new RegExp(
	String.raw`(\d{1,3})\s?分\s?(?:\(不含\))?\s?以下\s?(?:的)?(?:为|评为|定为)\s?[“"]?${GRADE_WORD}`,
	'gu',
);

export function statedBands(text: string): Band[] {
	const bands: Band[] = [];
	for (const match of text.matchAll(RANGE)) {
		const grade = gradeClass(match[3]!);
		if (grade)
			bands.push({
				grade,
				word: match[3]!,
				min: Number(match[1]),
				max: match[2] ? Number(match[2]) : Number.POSITIVE_INFINITY,
			});
	}
	for (const match of text.matchAll(BELOW)) {
		const grade = gradeClass(match[2]!);
		if (grade) bands.push({grade, word: match[2]!, min: Number.NEGATIVE_INFINITY, max: Number(match[1])});
	}
	return bands;
}

/** The band a score falls in. */
export function bandFor(score: number, bands: Band[]): Band | null {
	return (
		bands.find((band) => score >= band.min && score < band.max) ??
		(score >= 100 ? (bands.find((band) => band.max === 100) ?? null) : null)
	);
}

/** The grade class (优/良/中/差) a score earns under the given bands. */
export function gradeFor(score: number, bands: Band[]): string | null {
	return bandFor(score, bands)?.grade ?? null;
}
