/**
Title, department, fiscal year and kind of report, read from the title lines before the first
heading ("鹿泉区投资促进局 部门 2023 年度整体支出绩效自评报告"; a title split over two lines
"石家庄市投资促进局 / 2025年度整体支出绩效自评报告" is joined).
*/
import type {DocFile} from '../document/doc-file.js';
import type {Report} from '../schema.js';

export type ReportMeta = Report['report'] & {titleStart: number | null};

const TITLE_WORDS = /(自评报告|自评表|评价报告|绩效报告|自评情况)/u;
const YEAR_IN_TITLE = /((?:19|20)\d{2})\s?年度?/u;
/** Words between the department and the year or the kind of report. */
const DEPARTMENT_TAIL = /(?:部门|单位)?$/u;

function paragraphText(doc: DocFile, index: number): string {
	const paragraph = doc.paragraphs[index]!;
	return doc.text.slice(paragraph.start, paragraph.end);
}

function kindOf(title: string): ReportMeta['kind'] {
	if (/整体支出|部门整体|单位整体/u.test(title)) return 'department-overall';
	if (/项目支出|项目绩效|专项资金/u.test(title)) return 'project';
	return 'unknown';
}

export function readReportMeta(doc: DocFile, firstHeadingStart: number): ReportMeta {
	const limit = Math.min(doc.paragraphs.length, 8);
	for (let index = 0; index < limit; index++) {
		const paragraph = doc.paragraphs[index]!;
		if (paragraph.start >= firstHeadingStart) break;
		let title = paragraphText(doc, index);
		if (!TITLE_WORDS.test(title) || title.length > 60) continue;
		let titleStart = paragraph.start;
		// A short line without punctuation before a title that starts with its year is the title's first half.
		const previous = index > 0 ? paragraphText(doc, index - 1) : '';
		if (YEAR_IN_TITLE.test(title.slice(0, 6)) && previous.length > 0 && previous.length <= 30 && !/[。,;:]/u.test(previous)) {
			title = previous + title;
			titleStart = doc.paragraphs[index - 1]!.start;
		}
		const year = YEAR_IN_TITLE.exec(title);
		const head = year ? title.slice(0, year.index) : title.slice(0, title.search(/整体|项目|绩效/u));
		const department = head.replace(DEPARTMENT_TAIL, '').trim();
		return {title, department: department.length >= 2 ? department : null, fiscalYear: year ? Number(year[1]) : null, kind: kindOf(title), titleStart};
	}
	return {title: null, department: null, fiscalYear: null, kind: 'unknown', titleStart: null};
}
