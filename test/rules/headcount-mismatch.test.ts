import rule from '../../src/rules/headcount-mismatch.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{
			name: 'entities add up to the department total',
			text: reportText('全局在职人员合计261人，其中局本级93人、机关服务中心142人、公共机构节能服务中心26人。'),
		},
		{
			name: 'several entities without a department total',
			text: reportText(
				'局本级核定行政编制96名，在职实有人员93人；所属机关服务中心实有人员142人；所属节能服务中心实有人员28人。',
			),
		},
		{
			name: 'established and contract staff add up',
			text: reportText('在职实有人数236人，其中在编人员198人、编外聘用人员38人。'),
		},
		{
			name: 'posts add up to the centre total',
			text: reportText('中心实有人员68人，其中管理岗8人、专技岗54人、工勤岗6人。'),
		},
		{
			name: 'a nested breakdown that adds up at both levels',
			text: reportText(
				'截至2023年12月31日，我部门年末实有人数57人，其中我局本级年末实有人数43人，其中在职行政人员42名，在职工勤人员1名;所属事业中心实有在职人员14名，其中管理岗10人、专技岗4人。',
			),
		},
		{
			name: 'category changes add up to the total change',
			text: reportText('2023年底本单位在职职工21人，较2022年年底增加15人：其中行政人员增加2人；事业人员增加13人。'),
		},
		{
			name: 'one category of several named: not a breakdown',
			text: reportText('我局年末实有人数30人，其中行政人员12人。'),
		},
	],
	invalid: [
		{
			name: 'entities 93 + 142 + 26 against a total of 263',
			text: reportText('全局在职人员合计263人，其中局本级93人、机关服务中心142人、公共机构节能服务中心26人。'),
			errors: [{messageId: 'entities', at: [2, 9], expected: 261, actual: 263}],
		},
		{
			name: 'established and contract staff short of the total',
			text: reportText('在职实有人数236人，其中在编人员190人、编外聘用人员38人。'),
			errors: [{messageId: 'categories', at: [2, 7], expected: 228, actual: 236}],
		},
		{
			name: 'posts short of the centre total',
			text: reportText('中心实有人员68人，其中管理岗8人、专技岗50人、工勤岗6人。'),
			errors: [{messageId: 'categories', at: [2, 7], expected: 64, actual: 68}],
		},
		{
			name: 'entity totals short of the department total',
			text: reportText(
				'截至2023年12月31日，我部门年末实有人数58人，其中我局本级年末实有人数43人，其中在职行政人员42名，在职工勤人员1名;所属事业中心实有在职人员14名，其中管理岗10人、专技岗4人。',
			),
			errors: [{messageId: 'entities', at: [2, 24], expected: 57, actual: 58}],
		},
		{
			name: 'categories short of the bureau total',
			text: reportText('我局本级年末实有人数43人，其中在职行政人员40名，在职工勤人员1名。'),
			errors: [{messageId: 'categories', at: [2, 11], expected: 41, actual: 43}],
		},
		{
			name: 'category changes short of the total change',
			text: reportText('2023年底本单位在职职工21人，较2022年年底增加15人：其中行政人员增加2人；事业人员增加12人。'),
			errors: [{messageId: 'change', at: [2, 28], expected: 14, actual: 15}],
		},
	],
});
