import rule from '../../src/rules/execution-rate-score.js';
import {ruleTester} from '../helpers/rule-tester.js';
import {selfEvaluationTable} from '../helpers/self-evaluation-table.js';

ruleTester.run(rule, {
	valid: [
		selfEvaluationTable(),
		selfEvaluationTable({execution: ['年度资金总额', '100', '100', '100', '10', '100%', '10']}),
		selfEvaluationTable({execution: ['年度资金总额', '100', '100', '92.87', '10', '-', '9.29']}),
		selfEvaluationTable({execution: ['年度资金总额', '100', '100', '105', '10', '105%', '10']}),
	],
	invalid: [
		{text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '92.87', '10', '92.87%', '10']}), errors: [{messageId: 'mismatch'}]},
		{text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '92.87', '10', '92.87%', '8']}), errors: [{messageId: 'mismatch'}]},
		{text: selfEvaluationTable({execution: ['年度资金总额', '100', '100', '80', '10', '-', '10']}), errors: [{messageId: 'mismatch'}]},
	],
});
