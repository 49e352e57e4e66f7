/**
The explicit rule catalog, sorted by id (ESLint lib/rules/index.js): a rule runs only when listed
here, and test/rules/catalog.test.ts fails when a rule file, its docs or its tests are missing.
*/
import balanceMismatch from './balance-mismatch.js';
import countMismatch from './count-mismatch.js';
import duplicatedWord from './duplicated-word.js';
import evaluationBeforePeriodEnd from './evaluation-before-period-end.js';
import executionRateScore from './execution-rate-score.js';
import headcountMismatch from './headcount-mismatch.js';
import headingSequence from './heading-sequence.js';
import invalidDate from './invalid-date.js';
import percentOutOfRange from './percent-out-of-range.js';
import ratioMismatch from './ratio-mismatch.js';
import type {Rule} from './rule.js';
import scoreGradeMismatch from './score-grade-mismatch.js';
import scoreOverWeight from './score-over-weight.js';
import scoreTotalMismatch from './score-total-mismatch.js';
import staffOverQuota from './staff-over-quota.js';
import sumMismatch from './sum-mismatch.js';
import unmetTargetFullMarks from './unmet-target-full-marks.js';
import valueConflict from './value-conflict.js';
import yearMismatch from './year-mismatch.js';

export const RULES: Record<string, Rule> = {
	'balance-mismatch': balanceMismatch,
	'count-mismatch': countMismatch,
	'duplicated-word': duplicatedWord,
	'evaluation-before-period-end': evaluationBeforePeriodEnd,
	'execution-rate-score': executionRateScore,
	'headcount-mismatch': headcountMismatch,
	'heading-sequence': headingSequence,
	'invalid-date': invalidDate,
	'percent-out-of-range': percentOutOfRange,
	'ratio-mismatch': ratioMismatch,
	'score-grade-mismatch': scoreGradeMismatch,
	'score-over-weight': scoreOverWeight,
	'score-total-mismatch': scoreTotalMismatch,
	'staff-over-quota': staffOverQuota,
	'sum-mismatch': sumMismatch,
	'unmet-target-full-marks': unmetTargetFullMarks,
	'value-conflict': valueConflict,
	'year-mismatch': yearMismatch,
};
