import rule from '../../src/rules/unmet-target-full-marks.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';
import {selfEvaluationTable, withIndicator} from '../helpers/self-evaluation-table.js';

ruleTester.run(rule, {
	valid: [
		{
			name: 'a ceiling target met',
			text: reportText(
				'指标名称\t计量单位\t年初指标值\t全年完成值\t得分系数\t指标权重(分)\t指标得分(分)\n结转结余率\t%\t≤5\t3.15\t1\t5\t5',
			),
		},
		{name: 'the template table', text: selfEvaluationTable()},
		{
			name: 'a missed target with half marks',
			text: selfEvaluationTable({
				indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '1次', '20', '10']),
			}),
		},
		{
			name: 'a lower-is-better target met',
			text: selfEvaluationTable({
				indicators: withIndicator(1, ['', '质量指标', '预算调整率', '≤5%', '3%', '30', '30']),
			}),
		},
		{
			name: 'a qualitative target',
			text: selfEvaluationTable({
				indicators: withIndicator(3, ['满意度指标', '服务对象满意度', '客商满意度', '高', '较高', '10', '10']),
			}),
		},
	],
	invalid: [
		{
			name: '35.6% of a 100% target with full marks',
			text: reportText(
				'指标名称\t计量单位\t年初指标值\t全年完成值\t得分系数\t指标权重(分)\t指标得分(分)\n政府采购执行率\t%\t100\t35.6\t0.36\t5\t5',
			),
			errors: [{messageId: 'fullMarks', at: [3, 1], expected: '< 5', actual: 5}],
		},
		{
			name: '72.74% of a 100% target with full marks',
			text: selfEvaluationTable({
				indicators: withIndicator(1, ['', '质量指标', '签约项目履约率', '100%', '72.74%', '30', '30']),
			}),
			errors: [{messageId: 'fullMarks', at: [10, 13], expected: '< 30', actual: 30}],
		},
		{
			name: 'a ceiling of 5% exceeded with full marks',
			text: selfEvaluationTable({
				indicators: withIndicator(1, ['', '质量指标', '预算调整率', '≤5%', '8%', '30', '30']),
			}),
			errors: [{messageId: 'fullMarks', at: [10, 13], expected: '< 30', actual: 30}],
		},
		{
			name: 'one event of at least two with full marks',
			text: selfEvaluationTable({
				indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '1次', '20', '20']),
			}),
			errors: [{messageId: 'fullMarks', at: [9, 17], expected: '< 20', actual: 20}],
		},
	],
});
