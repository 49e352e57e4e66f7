/**
@fileoverview A stated multiple or percentage that does not follow from the stated figures.
*/
import Big from 'big.js';
import type {FactRecord} from '../extract/facts.js';
import {staffActualOf} from '../lexicon/concepts.js';
import {defineRule, type RuleContext} from './rule.js';
import {intervalOf, ratioConsistent, show} from './shared/decimal.js';
import {span} from './shared/facts.js';

const INCREASE = /(增加|增长|提高|上升)(了)?$/u;
const DECREASE = /(减少|下降|降低)(了)?$/u;
const STAFF_WORDS = /人员|人数|职工|编制|员工/u;
/** Department-level budget execution rate (项目执行率 belongs to a project, not to the totals). */
const EXECUTION_RATE = /^(?:部门|整体|全年|本年度?|年度)?(?:预算)?执行率$/u;

type Pair = {current: FactRecord; change: FactRecord};

/** The current figure and its change from the prior year, stated together in the paragraph. */
function findPair(byParagraph: Map<number, FactRecord[]>, subject: FactRecord, staff: boolean): Pair | null {
	const inParagraph = (byParagraph.get(subject.paragraph) ?? []).filter((fact) => fact.concept !== null);
	// The change a percentage or multiple speaks of: the nearest one stated before it ("增加189.25万元，
	// 增长31.39%"); only when none precedes, the nearest after it ("人员增加3.4倍。…较上年增加15人").
	const changes = inParagraph.filter(
		(fact) => fact.stage === 'changeFromPriorYear' && fact.concept!.startsWith('staff.') === staff,
	);
	const before = changes.filter((fact) => fact.start < subject.start);
	const near = (fact: FactRecord) => Math.abs(fact.start - subject.start);
	for (const change of (before.length > 0 ? before : changes).sort((a, b) => near(a) - near(b)).slice(0, 1)) {
		const concept = staff ? staffActualOf(change.concept!) : change.concept;
		const current = inParagraph
			.filter(
				(fact) => fact.concept === concept && fact.stage !== 'changeFromPriorYear' && fact.entity === change.entity,
			)
			.sort((a, b) => near(a) - near(b))[0];
		if (current) return {current, change};
	}
	return null;
}

/** Bounds of a figure's absolute value (a decrease is stored negative). */
const absInterval = (fact: FactRecord): [Big, Big] =>
	intervalOf({exact: fact.exact.replace('-', ''), decimals: fact.decimals});

export default defineRule({
	meta: {
		id: 'ratio-mismatch',
		severity: 'error',
		docs:
			'A multiple ("人员增加3.4倍") is read against the current figure and its stated change from the ' +
			'prior year in the same paragraph: with prior = current − change, "增加N倍" may mean change/prior ' +
			'or current/prior, and the rule flags only when neither fits within the rounding of the written ' +
			'figures. A growth percentage next to a stated change ("增加189.25万元,增长31.39%") is read against ' +
			'change/(current − change); a department budget execution rate against final/adjusted ' +
			'expenditure.',
		messages: {multiple: {}, percent: {}, execution: {}},
	},
	check({analysis, report}) {
		const {facts} = analysis;
		// Grouped once: looking up a paragraph's figures per percentage would make a long document quadratic.
		const byParagraph = new Map<number, FactRecord[]>();
		for (const fact of facts) {
			const list = byParagraph.get(fact.paragraph);
			if (list) list.push(fact);
			else byParagraph.set(fact.paragraph, [fact]);
		}
		let totals: Totals | undefined;
		for (const subject of facts) {
			if (subject.kind !== 'multiple' && subject.kind !== 'percent') continue;
			const before = analysis.doc.text.slice(Math.max(subject.sentence[0], subject.start - 12), subject.start);
			const direction = INCREASE.test(before) ? 1 : DECREASE.test(before) ? -1 : 0;
			if (subject.kind === 'percent' && EXECUTION_RATE.test(subject.label ?? '')) {
				totals ??= totalsOf(facts);
				checkExecution(subject, totals, report);
				continue;
			}
			if (direction === 0) continue;
			const pair = findPair(byParagraph, subject, STAFF_WORDS.test(before));
			if (!pair) continue;
			const change = absInterval(pair.change);
			const current = intervalOf(pair.current);
			// prior = current − change (or + for a decrease), as an interval.
			const prior: [Big, Big] =
				direction > 0
					? [current[0].minus(change[1]), current[1].minus(change[0])]
					: [current[0].plus(change[0]), current[1].plus(change[1])];
			const scale = subject.kind === 'percent' ? 100 : 1;
			const strictOk = ratioConsistent(subject, change, prior, scale);
			const looseOk = subject.kind === 'multiple' && ratioConsistent(subject, current, prior, 1);
			if (strictOk || looseOk || prior[0].lte(0)) continue;
			const priorMid = new Big(pair.current.exact).minus(new Big(pair.change.exact).abs().times(direction));
			const strict = new Big(pair.change.exact).abs().div(priorMid).times(scale);
			report({
				messageId: subject.kind,
				data: {
					label: subject.label ?? '',
					stated: subject.exact,
					current: pair.current.exact,
					change: pair.change.exact.replace('-', ''),
					strict: show(strict),
					loose: show(new Big(pair.current.exact).div(priorMid)),
					expected: show(strict),
				},
				evidence: [span(subject), span(pair.current), span(pair.change)],
				expected: Number(show(strict)),
				actual: subject.value,
			});
		}
	},
});

type Totals = {final: FactRecord | undefined; budget: FactRecord | undefined};

/** The department's expenditure, final and budgeted, that an execution rate is read against. */
function totalsOf(facts: FactRecord[]): Totals {
	const find = (stage: string) =>
		facts.find((fact) => fact.concept === 'expenditure.total' && fact.stage === stage && fact.entity === null);
	return {final: find('final'), budget: find('adjustedBudget') ?? find('initialBudget')};
}

function checkExecution(subject: FactRecord, {final, budget}: Totals, report: RuleContext['report']): void {
	if (!final || !budget || ratioConsistent(subject, intervalOf(final), intervalOf(budget), 100)) return;
	const expected = show(new Big(final.exact).div(budget.exact).times(100));
	report({
		messageId: 'execution',
		data: {stated: subject.exact, final: final.exact, budget: budget.exact, expected},
		evidence: [span(subject), span(final), span(budget)],
		expected: Number(expected),
		actual: subject.value,
	});
}
