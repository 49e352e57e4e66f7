/**
@fileoverview A satisfaction or rate above 100% where it cannot be.
*/
import {defineRule} from './rule.js';
import {span} from './shared/facts.js';

/** Shares of a whole: they cannot exceed 100%. */
const BOUNDED =
	/满意度|满意率|完成率|执行率|合格率|达标率|覆盖率|知晓率|到位率|及时率|准确率|参与率|出勤率|使用率|占比|比率|比例/u;
/** Growth and over-fulfilment may exceed 100%: 增长120%, 超额完成, 完成率达120% of a target that is exceeded. */
const UNBOUNDED = /增长|增加|提高|同比|环比|超额|超过|较上年|比上年/u;

const MAX_STATED_PERCENT = 1000;

export default defineRule({
	meta: {
		id: 'percent-out-of-range',
		severity: 'error',
		docs:
			'Percentages read against words that denote a share of a whole (满意度, 执行率, 合格率, 覆盖率, 占比, …) must ' +
			'lie between 0 and 100. Growth figures (增长, 同比, 超额) are not bounded and never flagged; nor is a ' +
			'figure above 1000%, which is two table cells glued together by a lossy conversion (20 | 100% → ' +
			'20100%), not a stated rate.',
		messages: {over: {}},
	},
	check({analysis, report}) {
		for (const fact of analysis.facts) {
			// Above 1000% a "rate" is two cells glued by a lossy conversion (20 | 100% → 20100%), not a statement.
			if (fact.kind !== 'percent' || fact.value <= 100 || fact.value > MAX_STATED_PERCENT) continue;
			const label = fact.label ?? '';
			if (!BOUNDED.test(label) || UNBOUNDED.test(label)) continue;
			report({
				messageId: 'over',
				data: {label, value: fact.exact},
				evidence: [span(fact)],
				expected: 100,
				actual: fact.value,
			});
		}
	},
});
