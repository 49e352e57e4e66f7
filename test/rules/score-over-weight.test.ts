import rule from '../../src/rules/score-over-weight.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';
import {selfEvaluationTable, withIndicator} from '../helpers/self-evaluation-table.js';

ruleTester.run(rule, {
	valid: [
		{
			name: 'a score equal to its weight',
			text: reportText(
				'| 一级指标 | 二级指标 | 三级指标 | 得分 |\n| 部门决策(25分) | 预算编制(10分) | 测算依据(5分) | 5 |',
			),
		},
		{name: 'the template table', text: selfEvaluationTable()},
		{
			name: 'a score within its weight',
			text: selfEvaluationTable({
				indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '3次', '20', '20']),
			}),
		},
		{
			name: 'a score over its weight by less than the rounding of two decimals',
			text: selfEvaluationTable({
				indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '2次', '20', '20.04']),
			}),
		},
	],
	invalid: [
		{
			name: '6 points for a weight of 5',
			text: reportText(
				'| 一级指标 | 二级指标 | 三级指标 | 得分 |\n| 部门决策(25分) | 预算编制(10分) | 测算依据(5分) | 6 |',
			),
			errors: [{messageId: 'over', at: [3, 27], expected: 5, actual: 6}],
		},
		{
			name: '22 points for a weight of 20',
			text: selfEvaluationTable({
				indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '3次', '20', '22']),
			}),
			errors: [{messageId: 'over', at: [9, 17], expected: 20, actual: 22}],
		},
		{
			name: '10.5 points for the execution weight of 10',
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '100', '10', '100%', '10.5']}),
			errors: [{messageId: 'over', at: [5, 3], expected: 10, actual: 10.5}],
		},
		{
			name: '12 points for a weight of 10',
			text: selfEvaluationTable({
				indicators: withIndicator(3, ['满意度指标', '服务对象满意度', '客商满意度', '≥90%', '98%', '10', '12']),
			}),
			errors: [{messageId: 'over', at: [12, 21], expected: 10, actual: 12}],
		},
	],
});
