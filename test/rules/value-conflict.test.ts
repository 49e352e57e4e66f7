import rule from '../../src/rules/value-conflict.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		reportText('2023年决算支出中项目支出46.25万元。\n三、分析\n决算中项目支出46.25万元，主要用于招商。'),
		reportText('年初支出预算中项目支出50.00万元。年终支出预算调整为100.00万元，其中项目支出46.25万元。'),
		reportText('2022年决算项目支出40.00万元。2023年决算项目支出46.25万元。'),
	],
	invalid: [
		{text: reportText('2023年决算支出中项目支出46.25万元。\n三、分析\n决算中项目支出46.00万元，主要用于招商。'), errors: [{messageId: 'conflict'}]},
		{text: reportText('2023年底本单位在职职工21人。\n二、人员\n本单位在职职工22人。'), errors: [{messageId: 'conflict'}]},
		{text: reportText('我局共有资产121.90万元。\n三、资产\n截至年底资产总额120.90万元。'), errors: [{messageId: 'conflict'}]},
	],
});
