import rule from '../../src/rules/execution-rate-score.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';
import {selfEvaluationTable} from '../helpers/self-evaluation-table.js';

ruleTester.run(rule, {
	valid: [
		{name: 'the template table scored right', text: selfEvaluationTable()},
		{
			name: 'full execution, full marks',
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '100', '10', '100%', '10']}),
		},
		{
			name: 'the rate cell left blank and the score computed from the amounts',
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '92.87', '10', '-', '9.29']}),
		},
		{
			name: 'execution over 100% capped at full marks',
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '105', '10', '105%', '10']}),
		},
	],
	invalid: [
		{
			name: '81.50% execution given full marks in a space-separated table',
			text: reportText(
				'资金项目 年初预算数(A) 全年执行数(B) 执行率(B/A) 分值 得分\n\n项目资金合计 120.00 97.80 81.50% 10 10',
			),
			errors: [{messageId: 'mismatch', at: [4, 31], expected: 8.15, actual: 10}],
		},
		{
			name: '92.87% execution given full marks',
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '92.87', '10', '92.87%', '10']}),
			errors: [{messageId: 'mismatch', at: [5, 46], expected: 9.29, actual: 10}],
		},
		{
			name: '92.87% execution given 8 points',
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '92.87', '10', '92.87%', '8']}),
			errors: [{messageId: 'mismatch', at: [5, 46], expected: 9.29, actual: 8}],
		},
		{
			name: '80% execution with a blank rate given full marks',
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '80', '10', '-', '10']}),
			errors: [{messageId: 'mismatch', at: [5, 38], expected: 8, actual: 10}],
		},
	],
});
