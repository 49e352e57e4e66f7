import rule from '../../src/rules/percent-out-of-range.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		reportText('质量指标项目(工程)验收合格率20100%100%20时效指标'),
		reportText('(3) 满意度指标：客商满意度为 90%，满意度指标达标。'),
		reportText('2025年全市实际使用外资1.73亿美元，同比增长164.4%。'),
		reportText('招商代理完成率达100%。'),
	],
	invalid: [
		{text: reportText('(3) 满意度指标：客商满意度为 190%，满意度指标达标。'), errors: [{messageId: 'over'}]},
		{text: reportText('本年度预算执行率为102.5%。'), errors: [{messageId: 'over'}]},
		{text: reportText('报送期内企业填报期数占总期数的比率达110%。'), errors: [{messageId: 'over'}]},
	],
});
