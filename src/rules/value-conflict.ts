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

type Statement = {fact: FactRecord; year: string | null; time: string | null};

/** The year and time words (年初/年末/上年) a statement is made for; null when it states none. */
function statementOf(text: string, fact: FactRecord): Statement {
	const year = [...text.slice(fact.sentence[0], fact.start).matchAll(YEAR)].at(-1)?.[1] ?? null;
	return {fact, year, time: TIME_WORDS.exec(fact.text)?.[0] ?? null};
}

/** Two statements are of the same figure unless both name a year, or a time word, and those differ. */
const sameFigure = (a: Statement, b: Statement) => !(a.year && b.year && a.year !== b.year) && !(a.time && b.time && a.time !== b.time);

export default defineRule({
	meta: {
		id: 'value-conflict',
		severity: 'error',
		description: 'The same figure (concept, stage, entity, year) is stated twice with different values.',
		docs: 'Facts with the same concept, stage and entity must agree unless they name different years or different points in time (年初/年末/上年): 项目支出46.25万元 in one place and 46.00万元 in another is a conflict. Figures of different years or stages are different figures.',
		messages: {conflict: '{{label}} is stated as {{first}} and as {{second}}'},
	},
	check({analysis, report}) {
		const byKey = new Map<string, Statement[]>();
		for (const fact of analysis.facts) {
			if (!fact.concept || fact.qualifier) continue;
			const statement = statementOf(analysis.doc.text, fact);
			const key = `${fact.concept}|${fact.stage}|${fact.entity}`;
			const earlier = byKey.get(key) ?? [];
			const first = earlier.find((other) => sameFigure(other, statement) && !new Big(other.fact.exact).eq(fact.exact));
			if (first) report({messageId: 'conflict', data: {label: fact.label ?? fact.concept, first: first.fact.exact, second: fact.exact}, evidence: [span(fact), span(first.fact)], expected: first.fact.value, actual: fact.value});
			byKey.set(key, [...earlier, statement]);
		}
	},
});
