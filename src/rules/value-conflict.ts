/**
@fileoverview The same figure stated twice with different values.
*/
import Big from 'big.js';
import type {FactRecord} from '../extract/facts.js';
import {defineRule} from './rule.js';
import {span} from './shared/facts.js';

/** Words that put a figure at another point in time than its twin (年初 vs 年末 headcount). */
const TIME_WORDS = /年初|年末|年底|上年|去年|上一年|同期/u;
const YEAR = /((?:19|20)\d{2})\s?年/gu;

/** What makes two statements of a concept the same figure: concept, stage, entity, year and time words. */
function identity(text: string, fact: FactRecord): string {
	const before = text.slice(fact.sentence[0], fact.start);
	const year = [...before.matchAll(YEAR)].at(-1)?.[1] ?? '';
	const clause = fact.text;
	const time = TIME_WORDS.exec(clause)?.[0] ?? '';
	return `${fact.concept}|${fact.stage}|${fact.entity}|${year}|${time}`;
}

export default defineRule({
	meta: {
		id: 'value-conflict',
		severity: 'error',
		description: 'The same figure (concept, stage, entity, year) is stated twice with different values.',
		docs: 'Facts with the same concept, stage, entity, year and time words (年初/年末/上年) must agree: 项目支出46.25万元 in one place and 46.00万元 in another is a conflict. Figures of different years or stages are different figures.',
		messages: {conflict: '{{label}} is stated as {{first}} and as {{second}}'},
	},
	check({analysis, report}) {
		const seen = new Map<string, FactRecord>();
		for (const fact of analysis.facts) {
			if (!fact.concept || fact.qualifier) continue;
			const key = identity(analysis.doc.text, fact);
			const first = seen.get(key);
			if (!first) {
				seen.set(key, fact);
				continue;
			}
			if (new Big(first.exact).eq(fact.exact)) continue;
			report({messageId: 'conflict', data: {label: fact.label ?? fact.concept, first: first.exact, second: fact.exact}, evidence: [span(fact), span(first)], expected: first.value, actual: fact.value});
		}
	},
});
