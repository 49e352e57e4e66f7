import rule from '../../src/rules/execution-rate-score.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';
import {selfEvaluationTable} from '../helpers/self-evaluation-table.js';

ruleTester.run(rule, {
	valid: [
		selfEvaluationTable(),
		selfEvaluationTable({execution: ['年度资金总额', '100', '100', '100', '10', '100%', '10']}),
		selfEvaluationTable({execution: ['年度资金总额', '100', '100', '92.87', '10', '-', '9.29']}),
		selfEvaluationTable({execution: ['年度资金总额', '100', '100', '105', '10', '105%', '10']}),
	],
	invalid: [
		{
			text: reportText(
				'资金项目 年初预算数(A) 全年执行数(B) 执行率(B/A) 分值 得分\n\n项目资金合计 120.00 97.80 81.50% 10 10',
			),
			errors: [{messageId: 'mismatch'}],
		},
		{
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '92.87', '10', '92.87%', '10']}),
			errors: [{messageId: 'mismatch'}],
		},
		{
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '92.87', '10', '92.87%', '8']}),
			errors: [{messageId: 'mismatch'}],
		},
		{
			text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '80', '10', '-', '10']}),
			errors: [{messageId: 'mismatch'}],
		},
	],
});
