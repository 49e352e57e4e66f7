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
