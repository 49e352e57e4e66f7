import rule from '../../src/rules/score-over-weight.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';
import {selfEvaluationTable, withIndicator} from '../helpers/self-evaluation-table.js';

ruleTester.run(rule, {
	valid: [
		reportText('| 一级指标 | 二级指标 | 三级指标 | 得分 |\n| 部门决策(25分) | 预算编制(10分) | 测算依据(5分) | 5 |'),
		selfEvaluationTable(),
		selfEvaluationTable({
			indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '3次', '20', '20']),
		}),
		selfEvaluationTable({
			indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '2次', '20', '20.04']),
		}),
	],
	invalid: [
		{
			text: reportText(
				'| 一级指标 | 二级指标 | 三级指标 | 得分 |\n| 部门决策(25分) | 预算编制(10分) | 测算依据(5分) | 6 |',
			),
			errors: [{messageId: 'over'}],
		},
		{
			text: selfEvaluationTable({
				indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '3次', '20', '22']),
			}),
			errors: [{messageId: 'over'}],
		},
		{
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '100', '10', '100%', '10.5']}),
			errors: [{messageId: 'over'}],
		},
		{
			text: selfEvaluationTable({
				indicators: withIndicator(3, ['满意度指标', '服务对象满意度', '客商满意度', '≥90%', '98%', '10', '12']),
			}),
			errors: [{messageId: 'over'}],
		},
	],
});
