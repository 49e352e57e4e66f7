/**
@fileoverview An indicator that misses its target still gets full marks.
*/
import {defineRule} from './rule.js';
import {scoresDiffer} from './shared/scores.js';

export default defineRule({
	meta: {
		id: 'unmet-target-full-marks',
		severity: 'error',
		docs:
			'Compares actual and target values in the direction of the indicator: higher is better unless ' +
			'the indicator is a 控制率/调整率/变动率/结转结余率 or its target is "≤"/"以内", where lower is better. An ' +
			'indicator that misses its target and is scored its whole weight is flagged (target 100%, ' +
			'actual 72.74%, score = weight). Qualitative indicators are not judged.',
		messages: {fullMarks: {}},
	},
	check({analysis, report}) {
		for (const indicator of analysis.indicators) {
			if (
				indicator.met !== false ||
				indicator.weight === null ||
				indicator.score === null ||
				!indicator.target ||
				!indicator.actual
			)
				continue;
			if (scoresDiffer(indicator.score, indicator.weight)) continue;
			report({
				messageId: 'fullMarks',
				data: {
					name: indicator.name,
					actual: indicator.actual.text,
					target: indicator.target.text,
					direction: indicator.direction,
					weight: indicator.weight,
				},
				evidence: [{start: indicator.start, end: indicator.start + indicator.name.length}],
				expected: `< ${indicator.weight}`,
				actual: indicator.score,
			});
		}
	},
});
