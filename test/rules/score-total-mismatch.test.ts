import rule from '../../src/rules/score-total-mismatch.js';
import {ruleTester} from '../helpers/rule-tester.js';
import {selfEvaluationTable, withIndicator} from '../helpers/self-evaluation-table.js';

ruleTester.run(rule, {
	valid: [
		selfEvaluationTable(),
		selfEvaluationTable({total: ['总分', '', '', '', '', '', '99.29']}),
		selfEvaluationTable({
			withoutTotal: true,
			indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '2次', '25', '25']),
		}),
		selfEvaluationTable({total: ['总分', '', '', '', '', '100', '99.3']}),
	],
	invalid: [
		{text: selfEvaluationTable({total: ['总分', '', '', '', '', '100', '98']}), errors: [{messageId: 'scores'}]},
		{
			text: selfEvaluationTable({
				indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '2次', '25', '20']),
			}),
			errors: [{messageId: 'weights'}],
		},
		{
			text: selfEvaluationTable({extraIndicators: [['', '时效指标', '推介完成及时率', '100%', '100%', '5', '5']]}),
			errors: [{messageId: 'scores'}, {messageId: 'weights'}],
		},
	],
});
