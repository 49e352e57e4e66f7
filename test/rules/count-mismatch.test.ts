import rule from '../../src/rules/count-mismatch.js';
import {reportText, ruleTester} from '../helpers/rule-tester.js';

const projects = (count: number) =>
	[
		'三、分项绩效目标实现情况',
		...Array.from(
			{length: count},
			(_, index) => `${index + 1}、第${index + 1}号项目完成情况：\n(1) 产出指标情况：完成年度任务，均达标。`,
		),
	].join('\n');

ruleTester.run(rule, {
	valid: [
		{
			name: 'three units named for 3个',
			text: reportText('纳入部门预算编制范围的单位有3个，分别为机关本级、财政事务中心和国库集中支付中心。'),
		},
		{
			name: '4个 and 2个 each count their own list',
			text: reportText('内设办公室、人事股、财计股、法规股4个股室，下辖自来水公司、路灯管理所2个二级单位。'),
		},
		{
			name: 'three project sections and 以上3个项目',
			text: reportText(`${projects(3)}\n四、评价结论和评价等级\n对以上3个项目进行综合评价，等级为优秀。`),
		},
		{
			name: '等9个 says the list is not exhaustive',
			text: reportText('内部设置：办公室、开发区管理科、外国投资管理科等9个内设机构。'),
		},
		{
			name: '3个 followed by exactly three names',
			text: reportText('直属事业单位3个，即投资促进服务中心、外商投诉中心、招商服务站。'),
		},
	],
	invalid: [
		{
			name: '10个 with nine names',
			text: reportText(
				'直属事业单位10个，即县国库集中支付中心、县财政信息中心、县工资统发中心、县财政投资评审中心、县政府债务研究评估中心、县财政预算编审中心、县国有资产服务中心、县会计服务中心、县经济开发区财政所。',
			),
			errors: [{messageId: 'list', at: [2, 7], expected: 9, actual: 10}],
		},
		{
			name: '2个 with three names',
			text: reportText('区妇联机关设2个内设机构：综合部、权益部、家庭儿童工作部。'),
			errors: [{messageId: 'list', at: [2, 7], expected: 3, actual: 2}],
		},
		{
			name: '以上4个项目 after three project sections',
			text: reportText(`${projects(3)}\n四、评价结论和评价等级\n对以上4个项目进行综合评价，等级为优秀。`),
			errors: [{messageId: 'headings', at: [10, 4], expected: 3, actual: 4}],
		},
		{
			name: '4个 with three names',
			text: reportText('直属事业单位4个，即投资促进服务中心、外商投诉中心、招商服务站。'),
			errors: [{messageId: 'list', at: [2, 7], expected: 3, actual: 4}],
		},
		{
			name: '等3个 after four names',
			text: reportText('内部设置：办公室、开发区管理科、外国投资管理科、项目信息科等3个内设机构。'),
			errors: [{messageId: 'list', at: [2, 31], expected: 4, actual: 3}],
		},
	],
});
