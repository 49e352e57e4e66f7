import rule from '../../src/rules/staff-over-quota.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{
			name: 'contract staff are not counted against the quota',
			text: reportText('医院核定编制人数210人，在职实有人数236人，其中在编人员198人、编外聘用人员38人。'),
		},
		{name: 'a form with headcount equal to the quota', text: reportText('| 人员编制 | 21 | 实有人数 | 21 |')},
		{
			name: 'admin staff under the admin quota',
			text: reportText(
				'本局核定行政编制44名。截至2023年12月31日，我局本级年末实有人数43人，其中在职行政人员42名，在职工勤人员1名。',
			),
		},
		{name: 'admin staff equal to the admin quota', text: reportText('本局核定行政编制10名，实有行政人员10名。')},
		{name: 'institution staff under the institution quota', text: reportText('核定事业编制15名，实有事业人员12人。')},
	],
	invalid: [
		{
			name: '185 staff on a quota of 128 in a form',
			text: reportText('| 人员编制 | 128 | 实有人数 | 185 |'),
			errors: [{messageId: 'over', at: [2, 10], expected: 128, actual: 185}],
		},
		{
			name: '101 established staff on a quota of 97',
			text: reportText('核定编制人数97名，年末实有人员112人，其中在编在岗101人、编外聘用11人。'),
			errors: [{messageId: 'over', at: [2, 7], expected: 97, actual: 101}],
		},
		{
			name: '42 admin staff on an admin quota of 40',
			text: reportText(
				'本局核定行政编制40名。截至2023年12月31日，我局本级年末实有人数43人，其中在职行政人员42名，在职工勤人员1名。',
			),
			errors: [{messageId: 'over', at: [2, 9], expected: 40, actual: 42}],
		},
		{
			name: '12 admin staff on 10 admin posts',
			text: reportText('本局核定行政编制10名，实有行政人员12名。'),
			errors: [{messageId: 'over', at: [2, 9], expected: 10, actual: 12}],
		},
		{
			name: '18 institution staff on 15 institution posts',
			text: reportText('核定事业编制15名，实有事业人员18人。'),
			errors: [{messageId: 'over', at: [2, 7], expected: 15, actual: 18}],
		},
	],
});
