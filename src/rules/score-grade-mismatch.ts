/**
@fileoverview The stated score and the stated grade disagree.
*/
import {defineRule} from './rule.js';
import {SCORE_TOLERANCE} from './shared/scores.js';
import {documentScale, wordInScale} from '../lexicon/grades.js';
import {bandFor, DEFAULT_BANDS, gradeClass, statedBands} from './shared/grades.js';

export default defineRule({
	meta: {
		id: 'score-grade-mismatch',
		severity: 'error',
		docs:
			'Grade bands the document states win ("70分(含)至80分为中"); otherwise 优/优秀 ≥ 90, 良/良好 80–<90, 中/合格 ' +
			'60–<80, 差/不合格 < 60. A floor ("均在98分以上") is checked by its lowest value. Scores within 0.05 of ' +
			'a band edge are not flagged.',
		messages: {mismatch: {}, mismatchUsualBands: {}},
	},
	check({analysis, report}) {
		const {evaluation, doc} = analysis;
		const score = evaluation.score ?? evaluation.scoreAtLeast;
		if (score === null || evaluation.grade === null || evaluation.scoreStart === null || evaluation.gradeStart === null)
			return;
		const stated = gradeClass(evaluation.grade);
		const bands = statedBands(doc.text);
		const usable = bands.length > 0 ? bands : DEFAULT_BANDS;
		const expectedBand = bandFor(score, usable);
		if (!stated || !expectedBand || expectedBand.grade === stated) return;
		// A score this close to an edge of the stated grade's band is a rounding matter.
		const band = usable.find((candidate) => candidate.grade === stated);
		if (band && score >= band.min - SCORE_TOLERANCE && score < band.max + SCORE_TOLERANCE) return;
		// "均在98分以上": any score from the floor up may hold; flag only when none fits the grade.
		if (evaluation.scoreAtLeast !== null && band && band.max > evaluation.scoreAtLeast) return;
		// The expected grade in the document's own words: its stated bands', else its scale's.
		const expected =
			bands.length > 0 ? expectedBand.word : wordInScale(documentScale(doc.text, evaluation.grade), expectedBand.grade);
		report({
			messageId: bands.length > 0 ? 'mismatch' : 'mismatchUsualBands',
			data: {grade: evaluation.grade, score: evaluation.score ?? `≥${score}`, expected},
			evidence: [
				{start: evaluation.scoreStart, end: evaluation.scoreStart + String(score).length},
				{start: evaluation.gradeStart, end: evaluation.gradeStart + evaluation.grade.length},
			],
			expected,
			actual: evaluation.grade,
		});
	},
});
