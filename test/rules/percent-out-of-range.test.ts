import rule from '../../src/rules/percent-out-of-range.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{
			name: 'a table row run together by the converter',
			text: reportText('质量指标项目(工程)验收合格率20100%100%20时效指标'),
		},
		{name: 'a satisfaction of 90%', text: reportText('(3) 满意度指标：客商满意度为 90%，满意度指标达标。')},
		{name: 'growth may exceed 100%', text: reportText('2025年全市实际使用外资1.73亿美元，同比增长164.4%。')},
		{name: 'a completion rate of exactly 100%', text: reportText('招商代理完成率达100%。')},
	],
	invalid: [
		{
			name: 'a satisfaction of 190%',
			text: reportText('(3) 满意度指标：客商满意度为 190%，满意度指标达标。'),
			errors: [{messageId: 'over', at: [2, 18], expected: 100, actual: 190}],
		},
		{
			name: 'an execution rate of 102.5%',
			text: reportText('本年度预算执行率为102.5%。'),
			errors: [{messageId: 'over', at: [2, 10], expected: 100, actual: 102.5}],
		},
		{
			name: 'a share of 110%',
			text: reportText('报送期内企业填报期数占总期数的比率达110%。'),
			errors: [{messageId: 'over', at: [2, 19], expected: 100, actual: 110}],
		},
	],
});
