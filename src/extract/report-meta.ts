/**
Title, department, fiscal year and kind of report.

- Title: the first lines before the first heading that read like a report title
  (…整体支出绩效自评报告, 项目支出绩效自评表, …部门决算); a title wrapped over two lines is joined
  ("岳阳市2018年度部门整体支出" / "绩效评价自评报告", "…部门2023年度整" / "体支出绩效自评报告").
- Department: a form field wins (部门（单位）名称, 单位名称, 单位（盖章）, 填报单位, 部门), then the title,
  then 实施单位 / 主管部门 of a table (code prefixes such as "219-" removed), then the signature at the
  end, then "对X（以下简称“我局”）". A name must end like a unit (局, 中心, 学校, 人民政府 …).
- Fiscal year: the title, else a caption "（2022年度）", else the first "2022年度" of the text.
- Kind: self-evaluation-table, department-overall, project or unknown, from the title's words.
*/
import type {SegmentedDoc} from '../document/doc-file.js';
import type {Report} from '../schema.js';

export type ReportMeta = Report['report'] & {titleStart: number | null};

/** Words that close a report title. */
const TITLE_WORDS =
	/(?:自评报告|自评价报告|评价报告|绩效报告|自评情况|自评表|评分表|得分表|决算公开报告|部门决算|单位决算|决算情况说明|部门预算|单位预算|预算情况说明)/u;
const TITLE_END = /(?:报告|自评表|评分表|得分表|决算|预算|说明)$/u;
const YEAR = /((?:19|20)\d{2})\s?年度?/u;
/** The end of a unit's name: 局, 中心, 委员会, 人民政府, 学校, 医院, 妇女联合会 … */
const UNIT_END =
	/(?:局|委|办|办公室|中心|院|校|学|小学|中学|大学|学院|所|站|会|联合会|委员会|政府|人民政府|街道|街道办事处|镇|乡|厅|部|馆|队|社|处|室|公司|分局|医院|卫生院|台)$/u;
/** Form fields that name the unit: "部门（单位）名称：…", "单位（盖章）：…". */
const FIELD =
	/(?:部门\(单位\)名称|部门名称|单位名称|单位\(盖章\)|填报单位\(盖章\)|填报单位|编制单位|部门)[:：]\s?([^\s:：\t]{2,40})/u;
const TABLE_FIELDS: Array<[RegExp, number]> = [
	[/^(?:部门\(单位\)名称|单位名称|部门名称)$/u, 0],
	[/^实施单位$/u, 1],
	[/^主管部门$/u, 2],
];
const CODE_PREFIX = /^\d{2,}[-—]\s?/u;
/** Another field that followed on the same line once its gap was squeezed: …中心填报日期:2022年… */
const NEXT_FIELD = /(?:填报日期|填报时间|报告日期|联系人|联系电话|联络电话|金额单位|预算编码|评价方式).*$/u;
const ABBREVIATION = /对([\u4e00-\u9fff]{3,30}?)\(以下简称/u;
const CAPTION_YEAR = /^\(((?:19|20)\d{2})年度?\)$/u;

function paragraphText(doc: SegmentedDoc, index: number): string {
	const paragraph = doc.paragraphs[index]!;
	return doc.text.slice(paragraph.start, paragraph.end);
}

function kindOf(title: string): ReportMeta['kind'] {
	if (/自评表|评分表|得分表/u.test(title)) return 'self-evaluation-table';
	if (/整体支出|部门整体|单位整体/u.test(title)) return 'department-overall';
	if (/项目支出|项目绩效|专项资金|项目自评|工程/u.test(title)) return 'project';
	return 'unknown';
}

/** A unit's name as written, or null when the words are not a unit (岳阳市, 一期工程). */
function unitName(text: string | null | undefined): string | null {
	const name = (text ?? '')
		.replace(CODE_PREFIX, '')
		.replace(NEXT_FIELD, '')
		.replace(/\s?\|$/u, '')
		.replace(/(?:部门|\(单位\)|本级)+$/u, '')
		.trim();
	return name.length >= 2 && name.length <= 40 && UNIT_END.test(name) && !/\d/u.test(name) ? name : null;
}

type Title = {text: string; start: number};

function findTitle(doc: SegmentedDoc, firstHeadingStart: number): Title | null {
	const limit = Math.min(doc.paragraphs.length, 10);
	for (let index = 0; index < limit; index++) {
		const paragraph = doc.paragraphs[index]!;
		if (paragraph.start >= firstHeadingStart || paragraph.kind === 'table-row') break;
		const text = paragraphText(doc, index);
		if (text.length > 70 || /[。;]/u.test(text)) continue;
		const next =
			index + 1 < doc.paragraphs.length && doc.paragraphs[index + 1]!.kind === 'text'
				? paragraphText(doc, index + 1)
				: '';
		// The first half of a wrapped title, closed by the next line.
		if (
			!TITLE_END.test(text) &&
			next.length > 0 &&
			next.length <= 30 &&
			!YEAR.test(next) &&
			TITLE_END.test(next) &&
			TITLE_WORDS.test(text + next)
		)
			return {text: text + next, start: paragraph.start};
		if (!TITLE_WORDS.test(text)) continue;
		const previous = index > 0 ? paragraphText(doc, index - 1) : '';
		// A short line without punctuation before a title that starts with its year is the title's first half.
		if (
			YEAR.test(text.slice(0, 6)) &&
			previous.length > 0 &&
			previous.length <= 30 &&
			!/[。,;:]/u.test(previous) &&
			!TITLE_WORDS.test(previous)
		) {
			return {text: previous + text, start: doc.paragraphs[index - 1]!.start};
		}
		return {text, start: paragraph.start};
	}
	return null;
}

/** The unit a title names: before its year, or after a leading year ("2021年茂名市发展和改革局整体支出…"). */
function departmentInTitle(title: string): string | null {
	const year = YEAR.exec(title);
	const head =
		year && year.index > 0 ? title.slice(0, year.index) : year ? title.slice(year.index + year[0].length) : title;
	const cut = head.search(
		/部门整体|单位整体|整体支出|项目支出|专项资金|专项|绩效|决算|部门决算|单位决算|部门预算|单位预算|项目/u,
	);
	return unitName(cut === -1 ? head : head.slice(0, cut));
}

const GLUED_FIELD =
	/(?:实施单位|主管部门)([\u4e00-\u9fff]{2,24}?(?:局|委员会|委|办公室|中心|医院|学校|人民政府|政府|站|所|联合会))(?=资金|项目|实施单位|主管部门|联系)/u;

/** A field label on a line of its own, its value on the next (web tables flattened one cell per line). */
const FIELD_LABEL_LINE = /^(?:部门\(单位\)名称|部门名称|单位名称|实施单位\s?\(盖章\)|单位\(盖章\)|填报单位)$/u;

function departmentInFields(doc: SegmentedDoc): string | null {
	const head = doc.text.slice(0, doc.paragraphs[Math.min(doc.paragraphs.length, 14) - 1]?.end ?? 0);
	const field = FIELD.exec(head);
	if (field) {
		const name = unitName(field[1]);
		if (name) return name;
	}
	const paragraphs = doc.paragraphs.slice(0, 20);
	for (let index = 0; index + 1 < paragraphs.length; index++) {
		if (!FIELD_LABEL_LINE.test(paragraphText(doc, index).trim())) continue;
		const name = unitName(paragraphText(doc, index + 1));
		if (name) return name;
	}
	// A form flattened with no separators at all: "实施单位中江县水利局资金情况…".
	return unitName(GLUED_FIELD.exec(doc.text.slice(0, 4000))?.[1]);
}

function departmentInTables(doc: SegmentedDoc): string | null {
	const found: Array<[number, string]> = [];
	for (const paragraph of doc.paragraphs) {
		if (paragraph.kind !== 'table-row') continue;
		const cells = doc.text
			.slice(paragraph.start, paragraph.end)
			.split('\t')
			.map((cell) => cell.trim());
		cells.forEach((cell, index) => {
			const rank = TABLE_FIELDS.find(([pattern]) => pattern.test(cell))?.[1];
			const name = rank === undefined ? null : unitName(cells.slice(index + 1).find((value) => value.length > 0));
			if (rank !== undefined && name) found.push([rank, name]);
		});
	}
	return found.sort((a, b) => a[0] - b[0])[0]?.[1] ?? null;
}

/** The signature closing a report: a unit's name on a line of its own, a date after it. */
function departmentInSignature(doc: SegmentedDoc): string | null {
	const last = doc.paragraphs.slice(-3).map((paragraph) => doc.text.slice(paragraph.start, paragraph.end).trim());
	for (const line of last) if (line.length <= 30 && !/[,。;:]/u.test(line)) return unitName(line) ?? null;
	return null;
}

function fiscalYearOf(doc: SegmentedDoc, title: Title | null): number | null {
	const inTitle = title ? YEAR.exec(title.text) : null;
	if (inTitle) return Number(inTitle[1]);
	for (const paragraph of doc.paragraphs.slice(0, 6)) {
		const caption = CAPTION_YEAR.exec(doc.text.slice(paragraph.start, paragraph.end).trim());
		if (caption) return Number(caption[1]);
	}
	// The first "2022年度" of the text; document numbers (〔2019〕) and dates (2023年2月) are not years of account.
	const first = /(?<![〔[\d])((?:19|20)\d{2})\s?年度/u.exec(doc.text.slice(0, 3000));
	return first ? Number(first[1]) : null;
}

export function readReportMeta(doc: SegmentedDoc, firstHeadingStart: number): ReportMeta {
	const title = findTitle(doc, firstHeadingStart);
	const department =
		departmentInFields(doc) ??
		(title ? departmentInTitle(title.text) : null) ??
		departmentInTables(doc) ??
		departmentInSignature(doc) ??
		unitName(ABBREVIATION.exec(doc.text)?.[1]);
	return {
		title: title?.text ?? null,
		department,
		fiscalYear: fiscalYearOf(doc, title),
		// Without a title, the words of the opening lines still say what the document is (a notice with its 自评表).
		kind: kindOf(title?.text ?? doc.text.slice(0, 300)),
		titleStart: title?.start ?? null,
	};
}
