/**
@fileoverview A year used for the evaluated period that differs from the report's fiscal year.
*/
import {defineRule} from './rule.js';

/**
Sentences that name the evaluated period: an evaluation verb, the unit evaluated (optional, up to a
clause), then the year, then what is evaluated. "对我单位2022年度预算资金使用情况进行检查",
"组织开展2022年预算绩效评价自评工作", "对某局（以下简称“我局”）2024年整体支出情况实施了…自评价",
"现将2024年度部门整体支出绩效自评情况报告如下". Fund and project names (2021开发区建设专项资金),
comparisons (与2022年度决算相比), plan titles ((2025-2027年)) and applications (申报2026年…项目) do not
match: the year must be followed by the budget or spending being evaluated.
*/
const EVALUATED_PERIOD =
	/(?:对|开展|组织开展|组织|进行|实施|完成|现将)了?(?<subject>[^,;。:《》\d\n]{0,40}?)(?<year>(?:19|20)\d{2})\s?年度?\s?(?:部门)?(?:整体)?(?:预算资金|预算|整体支出|部门支出|财政资金|支出|资金)(?:使用|执行|绩效|情况)?/gu;
/** What would make the same words a comparison or a name: 与/较/比 before, 专项/项目 after. */
const COMPARISON_BEFORE = /(?:与|较|比|相比|同比|对照|对比|参照|上年|去年)[^,;。]{0,8}$/u;
const NAME_AFTER = /^[^,;。]{0,6}(?:专项|项目资金|项目)/u;
/** Planning the next year is not evaluating it: 组织开展2025年预算编制/绩效目标申报工作. */
const PLANNING_AFTER = /^[^,;。]{0,10}(?:编制|申报|目标设定|绩效目标)/u;
/** A notice's title names the year it was issued in: 关于开展2022年…自评工作的通知, 《…》. */
const NOTICE_BEFORE = /(?:关于|《[^》]*)$/u;
const NOTICE_AFTER = /^[^,;。]{0,24}(?:的通知|》)/u;

const VERBS = ['对', '开展', '组织', '进行', '实施', '完成', '现将'];

/** The evidence starts at the verb nearest the year: "对我单位2022年度…", not at an earlier 完成. */
function statementStart(match: RegExpMatchArray): number {
	const subject = match.groups!['subject']!;
	const head = match[0].slice(0, match[0].indexOf(subject) + subject.length);
	const nearest = Math.max(...VERBS.map((verb) => head.lastIndexOf(verb)));
	return match.index! + Math.max(0, nearest);
}

export default defineRule({
	meta: {
		id: 'year-mismatch',
		severity: 'error',
		docs:
			'Reads the sentences that say which period was evaluated ("对我单位2022年度预算资金使用情况进行检查", ' +
			'"组织开展2022年预算绩效评价自评工作", "对某局（以下简称“我局”）2024年整体支出情况实施了…自评价", "现将2024年度…自评情况报告如下") and compares ' +
			'their year with report.fiscalYear. Years in fund or project names, prior-year comparisons, ' +
			"plan titles, the titles of notices (关于开展2022年…的通知, 《…》), next year's applications and budget " +
			'planning (预算编制, 绩效目标申报) and the date of the self-evaluation itself are not the evaluated ' +
			'period and are never flagged.',
		messages: {mismatch: {}},
	},
	check({analysis, report}) {
		const {doc, meta} = analysis;
		if (meta.fiscalYear === null) return;
		for (const match of doc.text.matchAll(EVALUATED_PERIOD)) {
			const year = Number(match.groups!['year']);
			if (year === meta.fiscalYear) continue;
			const yearStart = match.index + match[0].indexOf(match.groups!['year']!);
			const lineStart = doc.text.lastIndexOf('\n', match.index) + 1;
			if (COMPARISON_BEFORE.test(doc.text.slice(lineStart, yearStart))) continue;
			if (NAME_AFTER.test(doc.text.slice(yearStart + 4, yearStart + 16))) continue;
			if (PLANNING_AFTER.test(doc.text.slice(yearStart + 4, yearStart + 20))) continue;
			if (
				NOTICE_BEFORE.test(doc.text.slice(lineStart, match.index)) ||
				NOTICE_AFTER.test(doc.text.slice(yearStart + 4, yearStart + 40))
			)
				continue;
			report({
				messageId: 'mismatch',
				data: {year, fiscalYear: meta.fiscalYear},
				evidence: [{start: statementStart(match), end: match.index + match[0].length}],
				expected: meta.fiscalYear,
				actual: year,
			});
		}
	},
});
