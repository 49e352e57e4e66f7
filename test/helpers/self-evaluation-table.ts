/**
A 项目支出绩效自评表 as a `|` text table, with every cell overridable: rows are keyed by their
label so a test changes one cell and keeps the rest of a consistent table.
*/
import {reportText} from './rule-tester.js';

export type TableOptions = {
	execution?: string[];
	indicators?: string[][];
	total?: string[];
	extraIndicators?: string[][];
	withoutTotal?: boolean;
};

const EXECUTION = ['年度资金总额', '100', '100', '92.87', '10', '92.87%', '9.29'];
const INDICATORS = [
	['产出指标', '数量指标', '外出招商推介次数', '≥2次', '2次', '20', '20'],
	['', '质量指标', '签约项目履约率', '100%', '100%', '30', '30'],
	['效益指标', '经济效益指标', '签约客商总投资额', '≥70亿元', '72亿元', '30', '30'],
	['满意度指标', '服务对象满意度', '客商满意度', '≥90%', '90%', '10', '10'],
];
const TOTAL = ['总分', '', '', '', '', '100', '99.29'];

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

export function selfEvaluationTable(options: TableOptions = {}): string {
	const lines = [
		row(['项目名称', '招商引资费']),
		row(['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']),
		row(options.execution ?? EXECUTION),
		row(['其中:本年财政拨款', '100', '100', '92.87', '-', '-', '-']),
		row(['上年结转资金', '0', '0', '0', '-', '-', '-']),
		row(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']),
		...(options.indicators ?? INDICATORS).map(row),
		...(options.extraIndicators ?? []).map(row),
		...(options.withoutTotal ? [] : [row(options.total ?? TOTAL)]),
	];
	return reportText(`三、项目支出绩效自评表\n${lines.join('\n')}\n四、评价结论`);
}

/** The default indicator rows with one row replaced. */
export function withIndicator(index: number, cells: string[]): string[][] {
	return INDICATORS.map((cellsAt, at) => (at === index ? cells : cellsAt));
}
