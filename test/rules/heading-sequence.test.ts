import rule from '../../src/rules/heading-sequence.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

ruleTester.run(rule, {
	valid: [
		{
			name: 'a table of contents before the body restarts the numbering',
			text: reportText(
				'决算公开目录\n一、基本情况\n二、收支情况\n一、基本情况\n本局共有人员20人。\n二、收支情况\n全年支出100万元。',
			),
		},
		{
			name: 'rows of a budget table numbered 一 and 八',
			text: reportText(
				'收入支出决算表\n项目                          金额\n一、一般公共预算财政拨款收入    9,947,522.55\n八、其他收入                    341,011.00',
			),
		},
		{
			name: 'a continuous outline',
			text: reportText(
				'一、部门基本情况\n（一）部门概况\n正文。\n（二）部门收支预决算情况\n正文。\n二、自评工作开展情况',
			),
		},
		{
			name: 'numbered list items under a heading',
			text: reportText(
				'一、部门基本情况\n1.部门职能\n（1）负责拟订招商引资政策；研究拟订投资促进政策。\n（2）负责建立投资促进工作体系。\n（3）负责促进资金、技术、人才、项目引进。\n2.组织机构和人员情况',
			),
		},
		{
			name: 'a second list of （一） under a sub-heading restarts',
			text: reportText(
				'一、部门基本情况\n（一）部门整体支出绩效目标\n1.总体绩效目标\n2.分项目标\n（一）招商引资质效并进\n（二）利用外资稳中有进\n二、自评工作开展情况',
			),
		},
	],
	invalid: [
		{
			name: 'circled numbers skip ②',
			text: reportText('一、基本情况\n① 部门职能\n③ 人员情况'),
			errors: [{messageId: 'gap', at: [4, 1], expected: '②', actual: '③'}],
		},
		{
			name: 'the first chapter is 五, and （二） is skipped',
			text: reportText(
				'五、存在的问题及改进措施\n(一) 存在的主要问题\n正文。\n(三) 针对问题提出具体的改进措施或建议\n正文。',
			),
			errors: [
				{messageId: 'start', at: [2, 1], expected: '一', actual: '五'},
				{messageId: 'gap', at: [5, 1], expected: '（二）', actual: '（三）'},
			],
		},
		{
			name: '（二） twice',
			text: reportText('一、部门基本情况\n（一）部门概况\n（二）部门收支\n（二）绩效目标\n二、自评工作开展情况'),
			errors: [{messageId: 'repeat', at: [5, 1], expected: '（三）', actual: '（二）'}],
		},
		{
			name: 'chapter 二 skipped',
			text: reportText('一、部门基本情况\n正文。\n三、自评工作开展情况\n正文。'),
			errors: [{messageId: 'gap', at: [4, 1], expected: '二', actual: '三'}],
		},
	],
});
