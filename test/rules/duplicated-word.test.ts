import rule from '../../src/rules/duplicated-word.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		reportText('| 项目执行 | 执行规范 | 3 | 2 |'),
		reportText('(3) 满意度指标：企业满意度达 99%，已达标。'),
		reportText('我们常常深入企业，人人参与，对问题一一核对，看看还有哪些不足。'),
		reportText('领导小组研究研究后决定开展自评工作。'),
		reportText('对问题清单一个一个核对，一步一步整改到位。'),
	],
	invalid: [
		{text: reportText('(3) 满意度指标：企业企业满意度达 99%，已达标。'), errors: [{messageId: 'repeated'}]},
		{text: reportText('进一步加强预算预算管理，提高资金使用效益。'), errors: [{messageId: 'repeated'}]},
		{text: reportText('完成了了年度绩效目标。'), errors: [{messageId: 'repeated'}]},
	],
});
