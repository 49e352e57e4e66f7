/**
@fileoverview The same figure stated twice with different values.
*/
import Big from 'big.js';
import type {FactRecord} from '../extract/facts.js';
import {ITEM_MODIFIERS} from '../lexicon/concepts.js';
import {lastAtOrBefore} from '../document/loc.js';
import {defineRule} from './rule.js';
import {isGrandTotal, span} from './shared/facts.js';
import {byStart} from '../text/by-start.js';

/** Words that put a figure at another point in time than its twin (年初 vs 年末 headcount). */
const TIME_WORDS = /年初|年末|年底|上年|去年|上一年|同期/u;
const YEAR = /((?:19|20)\d{2})\s?年/gu;

type Statement = {fact: FactRecord; year: string | null; time: string | null; item: string; table: boolean};

/** The words right before the cue a figure was read against that name its item (全额 in 全额事业编制). */
function itemOf(text: string, fact: FactRecord): string {
	// A 总计 (with carry-overs) and a 合计 (the year's) are different figures of one concept.
	if (isGrandTotal(fact)) return '总计';
	const inSentence = fact.label ? text.slice(fact.sentence[0], fact.start).lastIndexOf(fact.label) : -1;
	if (inSentence === -1) return '';
	const at = fact.sentence[0] + inSentence;
	return ITEM_MODIFIERS.exec(text.slice(Math.max(fact.sentence[0], at - 8), at))?.[0] ?? '';
}

/** The year and time words (年初/年末/上年) a statement is made for; null when it states none. */
function statementOf(text: string, fact: FactRecord, inTable: boolean): Statement {
	const year = [...text.slice(fact.sentence[0], fact.start).matchAll(YEAR)].at(-1)?.[1] ?? null;
	return {fact, year, time: TIME_WORDS.exec(fact.text)?.[0] ?? null, item: itemOf(text, fact), table: inTable};
}

/**
Two statements are of the same figure unless both name a year, or a time word, and those differ, or
they name different items (全额 / 差额). Two table cells are never compared: each table row is its own
figure (several project tables in one file repeat 年度资金总额 with their own values).
*/
const sameFigure = (a: Statement, b: Statement) =>
	!(a.table && b.table) &&
	a.item === b.item &&
	!(a.year && b.year && a.year !== b.year) &&
	!(a.time && b.time && a.time !== b.time);

export default defineRule({
	meta: {
		id: 'value-conflict',
		severity: 'error',
		docs:
			'Facts with the same concept, stage and entity must agree unless they name different years or ' +
			'different points in time (年初/年末/上年): 项目支出46.25万元 in one place and 46.00万元 in another is a ' +
			'conflict. Figures of different years or stages are different figures, and so are figures of ' +
			'different items (全额事业编制 and 差额事业编制) and the cells of tables (each row of each table is its own ' +
			'figure).',
		messages: {conflict: {}},
	},
	check({analysis, report}) {
		// Statements by figure; per figure, the first statement of each distinct reading only: a
		// compilation repeats the same statement hundreds of times, and comparing each with all
		// before it would be quadratic while telling nothing new.
		const byKey = new Map<string, Map<string, Statement>>();
		const tables = [...analysis.tables].sort(byStart);
		const tableStarts = tables.map((table) => table.start);
		const inTable = (fact: FactRecord) => {
			const index = lastAtOrBefore(tableStarts, fact.start);
			return index !== -1 && fact.start < tables[index]!.end;
		};
		for (const fact of analysis.facts) {
			if (!fact.concept || fact.qualifier) continue;
			const statement = statementOf(analysis.doc.text, fact, inTable(fact));
			const key = `${fact.concept}|${fact.stage}|${fact.entity}`;
			const earlier = byKey.get(key) ?? new Map<string, Statement>();
			byKey.set(key, earlier);
			const reading = `${new Big(fact.exact).toString()}|${statement.year}|${statement.time}|${statement.item}|${statement.table}`;
			if (earlier.has(reading)) continue;
			const first = [...earlier.values()].find(
				(other) => sameFigure(other, statement) && !new Big(other.fact.exact).eq(fact.exact),
			);
			if (first)
				report({
					messageId: 'conflict',
					data: {label: fact.label ?? fact.concept, first: first.fact.exact, second: fact.exact},
					evidence: [span(fact), span(first.fact)],
					expected: first.fact.value,
					actual: fact.value,
				});
			earlier.set(reading, statement);
		}
	},
});
