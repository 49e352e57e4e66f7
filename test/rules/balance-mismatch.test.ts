import rule from '../../src/rules/balance-mismatch.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{
			name: 'income and carry-over equal expenditure and carry-over',
			text: reportText(
				'收入总计3,215.64万元，年初结转和结余113.16万元；支出总计3,215.64万元，年末结转和结余117.27万元。',
			),
		},
		{
			name: 'all four stated and balanced with zero carry-overs',
			text: reportText(
				'2023年决算收入1,929.81万元，年初结转和结余0.00万元。2023年支出合计1,929.81万元。年末结转和结余0.00万元。',
			),
		},
		{
			name: 'balanced with carry-overs on both sides',
			text: reportText(
				'2023年决算收入1,900.00万元，年初结转和结余50.00万元。2023年支出合计1,920.00万元。年末结转和结余30.00万元。',
			),
		},
		{
			name: 'no beginning carry-over stated: nothing to compare',
			text: reportText('2023年决算收入1,929.81万元。2023年支出合计1,900.81万元。年末结转和结余29.00万元。'),
		},
	],
	invalid: [
		{
			name: 'income 98.56 + 3.20 against expenditure 97.30 + 6.46',
			text: reportText('2017年收入总计98.56万元，年初结转和结余3.20万元；支出总计97.30万元，年末结转和结余6.46万元。'),
			errors: [{messageId: 'mismatch', at: [2, 10], expected: 101.76, actual: 103.76}],
		},
		{
			name: 'a year-end carry-over with no money to carry',
			text: reportText(
				'2023年决算收入1,929.81万元，年初结转和结余0.00万元。2023年支出合计1,929.81万元。年末结转和结余5.00万元。',
			),
			errors: [{messageId: 'mismatch', at: [2, 10], expected: 1929.81, actual: 1934.81}],
		},
		{
			name: 'expenditure that leaves 20 unexplained',
			text: reportText(
				'2023年决算收入1,900.00万元，年初结转和结余50.00万元。2023年支出合计1,900.00万元。年末结转和结余30.00万元。',
			),
			errors: [{messageId: 'mismatch', at: [2, 10], expected: 1950, actual: 1930}],
		},
		{
			name: 'sides differ by 19.9 at one decimal',
			text: reportText(
				'2023年决算收入800.5万元，年初结转和结余20.0万元。2023年支出合计790.5万元。年末结转和结余10.1万元。',
			),
			errors: [{messageId: 'mismatch', at: [2, 10], expected: 820.5, actual: 800.6}],
		},
	],
});
