import rule from '../../src/rules/ratio-mismatch.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		reportText(
			'1、收入：792.22万元。同比上年度增加189.25万元，增加31.39%。其中：财政拨款收入792.22万元，同比上年度增加209.28万元，增加35.9%。',
		),
		reportText('一是人员增加2.5倍。2023年底本单位在职职工21人，较2022年年底增加15人。'),
		reportText('2023年支出合计792.22万元，与上年相比支出增加189.25万元，增长31.39%。'),
		reportText('2025年全市实际使用外资1.73亿美元，同比增长64.4%。'),
		reportText('一是人员增加3.5倍。2023年底本单位在职职工21人，较2022年年底增加15人。'),
	],
	invalid: [
		{
			text: reportText('一是人员增加3.4倍。2023年底本单位在职职工21人，较2022年年底增加15人。'),
			errors: [{messageId: 'multiple'}],
		},
		{
			text: reportText('2023年支出合计792.22万元，与上年相比支出增加189.25万元，增长23.89%。'),
			errors: [{messageId: 'percent'}],
		},
		{
			text: reportText('年终支出预算调整为1,000.00万元。2023年支出合计900.00万元，预算执行率为95%。'),
			errors: [{messageId: 'execution'}],
		},
	],
});
