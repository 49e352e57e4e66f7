import rule from '../../src/rules/staff-over-quota.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		reportText('医院核定编制人数210人，在职实有人数236人，其中在编人员198人、编外聘用人员38人。'),
		reportText('| 人员编制 | 21 | 实有人数 | 21 |'),
		reportText(
			'本局核定行政编制44名。截至2023年12月31日，我局本级年末实有人数43人，其中在职行政人员42名，在职工勤人员1名。',
		),
		reportText('本局核定行政编制10名，实有行政人员10名。'),
		reportText('核定事业编制15名，实有事业人员12人。'),
	],
	invalid: [
		{text: reportText('| 人员编制 | 128 | 实有人数 | 185 |'), errors: [{messageId: 'over'}]},
		{
			text: reportText('核定编制人数97名，年末实有人员112人，其中在编在岗101人、编外聘用11人。'),
			errors: [{messageId: 'over'}],
		},
		{
			text: reportText(
				'本局核定行政编制40名。截至2023年12月31日，我局本级年末实有人数43人，其中在职行政人员42名，在职工勤人员1名。',
			),
			errors: [{messageId: 'over'}],
		},
		{text: reportText('本局核定行政编制10名，实有行政人员12名。'), errors: [{messageId: 'over'}]},
		{text: reportText('核定事业编制15名，实有事业人员18人。'), errors: [{messageId: 'over'}]},
	],
});
