/**
Look-ups over facts that several rules share: one value per (concept, stage, entity) key.
*/
import type {FactRecord} from '../../extract/facts.js';

export function factKey(fact: Pick<FactRecord, 'concept' | 'stage' | 'entity'>): string {
	return `${fact.concept}|${fact.stage}|${fact.entity}`;
}

/** The first fact of each (concept, stage, entity); conflicting repeats are value-conflict's business. */
export function firstByKey(facts: FactRecord[]): Map<string, FactRecord> {
	const byKey = new Map<string, FactRecord>();
	for (const fact of facts) if (fact.concept && !byKey.has(factKey(fact))) byKey.set(factKey(fact), fact);
	return byKey;
}

/** Distinct (stage, entity) pairs among concept facts. */
export function stageEntityPairs(facts: FactRecord[]): Array<{stage: FactRecord['stage']; entity: string | null}> {
	const seen = new Map<string, {stage: FactRecord['stage']; entity: string | null}>();
	for (const fact of facts) if (fact.concept) seen.set(`${fact.stage}|${fact.entity}`, {stage: fact.stage, entity: fact.entity});
	return [...seen.values()];
}

export const span = (fact: {start: number; end: number}) => ({start: fact.start, end: fact.end});
