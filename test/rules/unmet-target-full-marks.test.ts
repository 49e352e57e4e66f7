import rule from '../../src/rules/unmet-target-full-marks.js';
import {ruleTester} from '../helpers/rule-tester.js';
import {selfEvaluationTable, withIndicator} from '../helpers/self-evaluation-table.js';

ruleTester.run(rule, {
	valid: [
		selfEvaluationTable(),
		selfEvaluationTable({indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '1次', '20', '10'])}),
		selfEvaluationTable({indicators: withIndicator(1, ['', '质量指标', '预算调整率', '≤5%', '3%', '30', '30'])}),
		selfEvaluationTable({indicators: withIndicator(3, ['满意度指标', '服务对象满意度', '客商满意度', '高', '较高', '10', '10'])}),
	],
	invalid: [
		{text: selfEvaluationTable({indicators: withIndicator(1, ['', '质量指标', '签约项目履约率', '100%', '72.74%', '30', '30'])}), errors: [{messageId: 'fullMarks'}]},
		{text: selfEvaluationTable({indicators: withIndicator(1, ['', '质量指标', '预算调整率', '≤5%', '8%', '30', '30'])}), errors: [{messageId: 'fullMarks'}]},
		{text: selfEvaluationTable({indicators: withIndicator(0, ['产出指标', '数量指标', '外出招商推介次数', '≥2次', '1次', '20', '20'])}), errors: [{messageId: 'fullMarks'}]},
	],
});
