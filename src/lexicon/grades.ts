/**
The grade vocabulary, one for the evaluation reader and the rules: the words reports use for a
grade, and the class each stands for (优/良/中/差). Scales in use: 优/良/中/差, 优秀/良好/合格/不合格
(also 中等, 一般, 较差), and A/B/C/D.
*/

const GRADE_CLASS: Record<string, string> = {
	优秀: '优',
	优: '优',
	A: '优',
	良好: '良',
	良: '良',
	B: '良',
	中等: '中',
	中: '中',
	合格: '中',
	一般: '中',
	C: '中',
	差: '差',
	不合格: '差',
	较差: '差',
	D: '差',
};

/** The grade words as a regex group, longest first (不合格 before 合格, 优秀 before 优); a letter stands alone. */
export const GRADE_WORD = '(优秀|良好|中等|不合格|合格|一般|较差|优|良|中|差|[ABCD](?![A-Za-z]))';

/** The class (优/良/中/差) of a grade word, or null. */
export function gradeClass(grade: string): string | null {
	return GRADE_CLASS[grade] ?? null;
}

/** The four classes, best first: the n-th word of every scale stands for the n-th class. */
const CLASSES = ['优', '良', '中', '差'] as const;

/**
The grade scales reports use. A document's expected grade is named in its own scale: 79.5 is
“合格” in a report graded 优秀/良好/合格/不合格, “中” in one graded 优/良/中/差, C in one graded A–D.
*/
export const GRADE_SCALES: ReadonlyArray<readonly [string, string, string, string]> = [
	['优', '良', '中', '差'],
	['优秀', '良好', '合格', '不合格'],
	['优秀', '良好', '中等', '差'],
	['优秀', '良好', '一般', '较差'],
	['优秀', '良好', '中', '差'],
	['A', 'B', 'C', 'D'],
];

/** How often a scale's words stand as grades in a text: after 为/评为/等级/等次, or quoted. */
function gradeUses(text: string, word: string): number {
	const pattern = new RegExp(`(?:为|评为|定为|等级|等次|结果|[“"「])\\s?${word}(?![\\p{Script=Han}A-Za-z])`, 'gu');
	return [...text.matchAll(pattern)].length;
}

/**
The scale a document grades in: among the scales holding the grade it states, the one whose words
it uses most as grades; the first such scale when it uses none of the others.
*/
export function documentScale(text: string, statedGrade: string): readonly [string, string, string, string] {
	const candidates = GRADE_SCALES.filter((scale) => scale.includes(statedGrade));
	if (candidates.length === 0) return GRADE_SCALES[0]!;
	const usage = candidates.map((scale) => scale.reduce((sum, word) => sum + Math.min(1, gradeUses(text, word)), 0));
	return candidates[usage.indexOf(Math.max(...usage))]!;
}

/** The word of a class (优/良/中/差) in a scale. */
export function wordInScale(scale: readonly string[], gradeClass: string): string {
	return scale[CLASSES.indexOf(gradeClass as (typeof CLASSES)[number])] ?? gradeClass;
}
