import rule from '../../src/rules/ratio-mismatch.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{
			name: 'percent changes that match their amounts',
			text: reportText(
				'1、收入：792.22万元。同比上年度增加189.25万元，增加31.39%。其中：财政拨款收入792.22万元，同比上年度增加209.28万元，增加35.9%。',
			),
		},
		{
			name: 'a multiple that matches 15 added to 6',
			text: reportText('一是人员增加2.5倍。2023年底本单位在职职工21人，较2022年年底增加15人。'),
		},
		{
			name: 'growth 189.25 on 602.97 is 31.39%',
			text: reportText('2023年支出合计792.22万元，与上年相比支出增加189.25万元，增长31.39%。'),
		},
		{
			name: 'growth of an amount not stated in the text',
			text: reportText('2025年全市实际使用外资1.73亿美元，同比增长64.4%。'),
		},
		{
			name: 'a multiple within the rounding of 3.5',
			text: reportText('一是人员增加3.5倍。2023年底本单位在职职工21人，较2022年年底增加15人。'),
		},
	],
	invalid: [
		{
			name: 'a multiple of 3.4 where 15 on 6 is 2.5',
			text: reportText('一是人员增加3.4倍。2023年底本单位在职职工21人，较2022年年底增加15人。'),
			errors: [{messageId: 'multiple', at: [2, 7], expected: 2.5, actual: 3.4}],
		},
		{
			name: 'growth of 23.89% where 189.25 on 602.97 is 31.39%',
			text: reportText('2023年支出合计792.22万元，与上年相比支出增加189.25万元，增长23.89%。'),
			errors: [{messageId: 'percent', at: [2, 39], expected: 31.39, actual: 23.89}],
		},
		{
			name: 'an execution rate of 95% where 900 of 1,000 is 90%',
			text: reportText('年终支出预算调整为1,000.00万元。2023年支出合计900.00万元，预算执行率为95%。'),
			errors: [{messageId: 'execution', at: [2, 45], expected: 90, actual: 95}],
		},
	],
});
