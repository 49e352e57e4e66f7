/**
The self-evaluation's own results: score ("综合得分为98.85分"), a floor ("评价结果均在98分以上"),
grade ("等级为“优秀”"), period ("2026年4月6日至4月24日"), the date it was done, and the team.
*/
import type {SegmentedDoc} from '../document/doc-file.js';
import {locAt} from '../document/loc.js';
import type {Evaluation} from '../schema.js';
import {datesOf, isoOf, type DateToken} from './dates.js';
import type {TableRecord} from './tables.js';
import {GRADE_WORD} from '../lexicon/grades.js';

export type EvaluationRecord = Evaluation & {
	scoreStart: number | null;
	gradeStart: number | null;
	dateStart: number | null;
	dateText: string | null;
};

const SCORE =
	/(?:综合|总|自评|评价|最终)?(?:得分|评分|分数)(?:为|是|:)?\s?(\d{1,3}(?:\.\d+)?)\s?分|(?:自评总分|综合得分|总得分)(?:\(分\))?\s?[:：]\s?(\d{1,3}(?:\.\d+)?)/u;
const SCORE_AT_LEAST = /(?:均|都|总体)?(?:在|达到?|不低于)\s?(\d{1,3}(?:\.\d+)?)\s?分(?:以上|及以上)/u;
const GRADE = new RegExp(
	String.raw`(?:等级|等次|级别|结果|评级)(?:为|是|:|评定为|评为|确定为)\s?[“"'‘「]?${GRADE_WORD}(?:级|等)?[”"'’」]?`,
	'u',
);
/** Where a date tells when the self-evaluation was carried out. */
const EVALUATION_DATE_CONTEXT = /自评|评价工作|绩效评价|自查/u;
/** A form field that dates the report itself: "报告日期：2021年12月31日", "填报日期：2022年3月25日". */
const DATE_FIELD = /(?:报告|填报|评价|自评)日期[:：]?\s?$/u;
/** Team members: "樊石磊同志任组长", "姜嘉伟、曹地、…为成员". */
const LEADER = /([\u4e00-\u9fff]{2,3})同志任(?:组长|副组长)/gu;
const MEMBERS =
	/(?:人员|同志)?((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})(?:等(?:同志)?)?(?:为|任)(?:成员|组员)/gu;
const TEAM_HEADING = /工作组|评价组|人员名单|小组成员/u;

function findPeriod(dates: readonly DateToken[], text: string): {from: DateToken; to: DateToken} | null {
	for (let index = 0; index + 1 < dates.length; index++) {
		const from = dates[index]!;
		const to = dates[index + 1]!;
		if (
			from.kind === 'date' &&
			to.kind === 'date' &&
			from.day !== null &&
			to.day !== null &&
			/^\s?(?:至|到|-|~|—)\s?$/u.test(text.slice(from.end, to.start))
		)
			return {from, to};
	}
	return null;
}

function findEvaluationDate(doc: SegmentedDoc, dates: readonly DateToken[]): DateToken | null {
	const {text} = doc;
	for (const date of dates) {
		if (date.kind !== 'date') continue;
		// The sentence, looked for within the date's line: searching the whole text per date is quadratic.
		const lineStart = text.lastIndexOf('\n', date.start) + 1;
		const lineEnd = text.indexOf('\n', date.end) === -1 ? text.length : text.indexOf('\n', date.end);
		const sentenceStart = lineStart + text.slice(lineStart, date.start).lastIndexOf('。') + 1;
		const after = text.slice(date.end, lineEnd).indexOf('。');
		const sentence = text.slice(sentenceStart, after === -1 ? lineEnd : date.end + after);
		if (DATE_FIELD.test(text.slice(Math.max(0, date.start - 8), date.start))) return date;
		// "截至2025年12月31日" dates the figures, not the evaluation.
		if (EVALUATION_DATE_CONTEXT.test(sentence) && !/截至|截止/u.test(text.slice(date.start - 3, date.start)))
			return date;
	}
	return null;
}

function readTeam(doc: SegmentedDoc, teamSectionStart: number | null): string[] {
	const names: string[] = [];
	for (const match of doc.text.matchAll(LEADER)) names.push(match[1]!.replace(/^(?:副?局长|主任|科长)/u, ''));
	for (const match of doc.text.matchAll(MEMBERS)) names.push(...match[1]!.split('、'));
	if (teamSectionStart !== null) {
		for (const paragraph of doc.paragraphs) {
			if (paragraph.start < teamSectionStart || paragraph.kind !== 'table-row') continue;
			const first = doc.text.slice(paragraph.start, paragraph.end).split('\t')[0]!.trim();
			if (/^[\u4e00-\u9fff]{2,4}$/u.test(first) && first !== '姓名') names.push(first);
		}
	}
	return [...new Set(names)];
}

/** The total score of a stand-alone self-evaluation table: its one 总分 row. */
function tableScore(tables: TableRecord[]): {score: number; start: number} | null {
	const totals = tables.filter((table) => table.total?.score !== null && table.total?.score !== undefined);
	if (totals.length !== 1) return null;
	const {score, row} = totals[0]!.total!;
	const cell = row.cells.findLast((candidate) => candidate.text.includes(String(score))) ?? row.cells[0]!;
	return {score: score!, start: cell.start};
}

export function readEvaluation(
	doc: SegmentedDoc,
	sectionTitles: Array<{title: string; start: number}>,
	tables: TableRecord[] = [],
): EvaluationRecord {
	const {text} = doc;
	const dates = datesOf(doc);
	const score = SCORE.exec(text);
	const scoreValue = score ? (score[1] ?? score[2])! : null;
	const fromTable = score ? null : tableScore(tables);
	const atLeast = score || fromTable ? null : SCORE_AT_LEAST.exec(text);
	const grade = GRADE.exec(text);
	const period = findPeriod(dates, text);
	const evaluationDate = period?.to ?? findEvaluationDate(doc, dates);
	const teamSection = sectionTitles.find((section) => TEAM_HEADING.test(section.title));
	const anchor = score ?? atLeast ?? grade;
	return {
		score: scoreValue !== null ? Number(scoreValue) : (fromTable?.score ?? null),
		scoreAtLeast: atLeast ? Number(atLeast[1]) : null,
		grade: grade ? grade[1]! : null,
		period: period ? {from: isoOf(period.from), to: isoOf(period.to)} : null,
		date: evaluationDate ? isoOf(evaluationDate) : null,
		team: readTeam(doc, teamSection?.start ?? null),
		loc: anchor ? locAt(doc, anchor.index) : null,
		scoreStart: score
			? score.index + score[0].lastIndexOf(scoreValue!)
			: atLeast
				? atLeast.index + atLeast[0].indexOf(atLeast[1]!)
				: (fromTable?.start ?? null),
		gradeStart: grade ? grade.index + grade[0].indexOf(grade[1]!) : null,
		dateStart: evaluationDate?.start ?? null,
		dateText: evaluationDate?.written ?? null,
	};
}
