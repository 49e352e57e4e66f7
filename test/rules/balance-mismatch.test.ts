import rule from '../../src/rules/balance-mismatch.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		reportText('收入总计3,215.64万元，年初结转和结余113.16万元；支出总计3,215.64万元，年末结转和结余117.27万元。'),
		reportText(
			'2023年决算收入1,929.81万元，年初结转和结余0.00万元。2023年支出合计1,929.81万元。年末结转和结余0.00万元。',
		),
		reportText(
			'2023年决算收入1,900.00万元，年初结转和结余50.00万元。2023年支出合计1,920.00万元。年末结转和结余30.00万元。',
		),
		reportText('2023年决算收入1,929.81万元。2023年支出合计1,900.81万元。年末结转和结余29.00万元。'),
	],
	invalid: [
		{
			text: reportText('2017年收入总计98.56万元，年初结转和结余3.20万元；支出总计97.30万元，年末结转和结余6.46万元。'),
			errors: [{messageId: 'mismatch'}],
		},
		{
			text: reportText(
				'2023年决算收入1,929.81万元，年初结转和结余0.00万元。2023年支出合计1,929.81万元。年末结转和结余5.00万元。',
			),
			errors: [{messageId: 'mismatch'}],
		},
		{
			text: reportText(
				'2023年决算收入1,900.00万元，年初结转和结余50.00万元。2023年支出合计1,900.00万元。年末结转和结余30.00万元。',
			),
			errors: [{messageId: 'mismatch'}],
		},
		{
			text: reportText(
				'2023年决算收入800.5万元，年初结转和结余20.0万元。2023年支出合计790.5万元。年末结转和结余10.1万元。',
			),
			errors: [{messageId: 'mismatch'}],
		},
	],
});
