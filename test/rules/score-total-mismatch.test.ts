import rule from '../../src/rules/score-total-mismatch.js';
import {ruleTester} from '../helpers/rule-tester.js';
import {selfEvaluationTable, withIndicator} from '../helpers/self-evaluation-table.js';

ruleTester.run(rule, {
	valid: [
		{name: 'the template table with its total', text: selfEvaluationTable()},
		{name: 'a total row without weights', text: selfEvaluationTable({total: ['总分', '', '', '', '', '', '99.29']})},
		{
			name: 'no total row to check',
			text: selfEvaluationTable({
				withoutTotal: true,
				indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '2次', '25', '25']),
			}),
		},
		{
			name: 'a total within the rounding of one decimal',
			text: selfEvaluationTable({total: ['总分', '', '', '', '', '100', '99.3']}),
		},
	],
	invalid: [
		{
			name: 'a total of 98 where the scores add to 99.29',
			text: selfEvaluationTable({total: ['总分', '', '', '', '', '100', '98']}),
			errors: [{messageId: 'scores', at: [13, 3], expected: 99.29, actual: 98}],
		},
		{
			name: 'weights that add to 105',
			text: selfEvaluationTable({
				indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '2次', '25', '20']),
			}),
			errors: [{messageId: 'weights', at: [13, 3], expected: 100, actual: 105}],
		},
		{
			name: 'an extra indicator: scores and weights both off',
			text: selfEvaluationTable({extraIndicators: [['', '时效指标', '推介完成及时率', '100%', '100%', '5', '5']]}),
			errors: [
				{messageId: 'scores', at: [14, 3], expected: 104.29, actual: 99.29},
				{messageId: 'weights', at: [14, 3], expected: 100, actual: 105},
			],
		},
	],
});
