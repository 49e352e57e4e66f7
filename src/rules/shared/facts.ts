/**
Look-ups over facts that several rules share: one value per (concept, stage, entity) key.
*/
import type {FactRecord} from '../../extract/facts.js';

export function factKey(fact: Pick<FactRecord, 'concept' | 'stage' | 'entity'>): string {
	return `${fact.concept}|${fact.stage}|${fact.entity}`;
}

/**
A 总计 of a 决算 includes the carry-overs (收入总计 = 本年收入合计 + 年初结转和结余); where a report
states both, the 合计 is the year's figure.
*/
export const isGrandTotal = (fact: Pick<FactRecord, 'label'>) => /总计$/u.test(fact.label ?? '');

/**
The fact of each (concept, stage, entity) that the sum rules compare: the first one stated, but a
year's 合计 before a 总计 that includes the carry-overs. Conflicting repeats are value-conflict's business.
*/
export function firstByKey(facts: FactRecord[]): Map<string, FactRecord> {
	const byKey = new Map<string, FactRecord>();
	for (const fact of facts) {
		if (!fact.concept) continue;
		const held = byKey.get(factKey(fact));
		if (!held || (isGrandTotal(held) && !isGrandTotal(fact))) byKey.set(factKey(fact), fact);
	}
	return byKey;
}

/** Distinct (stage, entity) pairs among concept facts. */
export function stageEntityPairs(facts: FactRecord[]): Array<{stage: FactRecord['stage']; entity: string | null}> {
	const seen = new Map<string, {stage: FactRecord['stage']; entity: string | null}>();
	for (const fact of facts)
		if (fact.concept) seen.set(`${fact.stage}|${fact.entity}`, {stage: fact.stage, entity: fact.entity});
	return [...seen.values()];
}

export const span = (fact: {start: number; end: number}) => ({start: fact.start, end: fact.end});
