/**
The column vocabulary of self-evaluation and budget tables, as data: each column kind with the
header words the published templates use for it (MoF 项目支出绩效自评表, the department tables of
Guangdong, Guizhou, Yunnan, Hunan, Anhui and Sichuan). A header cell is matched after its spaces and
letter marks are removed: "年初预算数(A)" → 年初预算数, "指标权重(分)" → 指标权重.
*/

export type Column =
	| 'level1'
	| 'level2'
	| 'name'
	| 'nature'
	| 'target'
	| 'unit'
	| 'actual'
	| 'coefficient'
	| 'weight'
	| 'score'
	| 'initial'
	| 'adjusted'
	| 'executed'
	| 'rate'
	| 'deviation'
	| 'item'
	| 'amount';

/** Header words per column, most specific first; the first column whose pattern matches wins. */
const COLUMN_HEADERS: Array<[Column, RegExp]> = [
	['level1', /^一级指标/u],
	['level2', /^二级指标/u],
	// 三级指标 beats 绩效指标: the MoF table puts a merged 绩效指标 cell left of 一级指标.
	['name', /^(?:三级指标|指标名称|绩效指标名称)$/u],
	['nature', /^指标性质$/u],
	['target', /^(?:年度指标值|年初指标值|年初目标值|年度目标值|预期指标值|目标值|指标值|计划值)/u],
	['unit', /^(?:计量单位|度量单位)$/u],
	['actual', /^(?:实际完成值|全年完成值|全年实际值|实际完成情况|完成值|实际值)/u],
	['coefficient', /^得分系数/u],
	['weight', /^(?:分值|指标权重|权重)/u],
	['score', /^(?:指标得分|自评得分|得分)/u],
	['initial', /^年初预算(?:数)?$/u],
	['adjusted', /^(?:全年预算数|调整后预算数|调整预算数|全年预算|调整后预算|预算数)$/u],
	['executed', /^(?:全年执行数|实际执行数|预算执行数|执行数|全年实际支出|实际支出数|决算数|全年决算数)$/u],
	['rate', /^(?:预算)?执行率/u],
	['deviation', /^偏差原因/u],
	['item', /^(?:项目|资金项目|项目资金|预算执行情况)/u],
	['amount', /^(?:金额|合计金额)$/u],
];

/** The fallback for a merged 绩效指标 cell that stands where the indicator name would. */
const NAME_FALLBACK = /^绩效指标$/u;

/** Any header word of the vocabulary: used to recognise header rows in flattened text. */
export const HEADER_WORD = new RegExp(COLUMN_HEADERS.map(([, pattern]) => `(?:${pattern.source})`).join('|'), 'u');

/** A header cell as the vocabulary reads it: spaces, (A)/(B/A) marks and trailing units removed. */
function headerKey(cell: string): string {
	return cell
		.replace(/\s/gu, '')
		.replace(/\((?:[A-Za-z]|[A-Za-z]\/[A-Za-z])\)/gu, '')
		.replace(/\((?:万元|元|分|%)\)$/u, '');
}

/** The column a header cell names, or null. */
export function columnOf(cell: string): Column | null {
	const key = headerKey(cell);
	for (const [column, pattern] of COLUMN_HEADERS) if (pattern.test(key)) return column;
	return null;
}

/** Column positions of a header row; null when the row names fewer than two columns. */
export function readHeader(cells: string[]): Map<Column, number> | null {
	const columns = new Map<Column, number>();
	cells.forEach((cell, index) => {
		const column = columnOf(cell);
		if (column && !columns.has(column)) columns.set(column, index);
	});
	if (!columns.has('name')) {
		const fallback = cells.findIndex((cell) => NAME_FALLBACK.test(headerKey(cell)));
		if (fallback !== -1 && !columns.has('level1')) columns.set('name', fallback);
	}
	return columns.size >= 2 ? columns : null;
}

/** First-level indicator words (产出指标, 效益指标(30分)): an anchor for rows whose merged cells vanished. */
export const LEVEL1_CELL = /^(?:产出|效益|满意度|成本|效果|管理|过程|决策|履职效能|预算执行)指标(?:\(\d+分\))?$/u;
/** Second-level indicator words (数量指标, 社会效益指标, 服务对象满意度指标). */
export const LEVEL2_CELL =
	/^(?:数量|质量|时效|日效性|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)指标$/u;
