/**
@fileoverview Actual staff of a kind above its authorized establishment (编制).
*/
import type {FactRecord} from '../extract/facts.js';
import {defineRule} from './rule.js';
import {span} from './shared/facts.js';

const KINDS = ['admin', 'institution', 'total'];

/**
The actual headcount to compare with a quota: same entity, else the sum over entities for a
department-wide quota. Against the whole establishment, the staff 在编 count when one is stated:
编外 staff (contract, temporary) are not counted against the 编制.
*/
function actualFor(facts: FactRecord[], kind: string, entity: string | null): FactRecord[] {
	const concept =
		kind === 'total' && facts.some((fact) => fact.concept === 'staff.actual.established' && fact.entity === entity)
			? 'staff.actual.established'
			: `staff.actual.${kind}`;
	// Loops, not callbacks per call: see src/text/by-start.ts.
	const actual: FactRecord[] = [];
	for (const fact of facts) if (fact.concept === concept) actual.push(fact);
	for (const fact of actual) if (fact.entity === entity) return [fact];
	return entity === null && kind !== 'total' ? actual : [];
}

export default defineRule({
	meta: {
		id: 'staff-over-quota',
		severity: 'warning',
		docs:
			'Compares 核定行政编制 with 行政人员, 核定事业编制 with 事业人员 and 人员编制 with 实有人数 (with the 在编 count when the ' +
			'report states one: 编外 staff are not held against the 编制), for the same entity; a ' +
			'department-wide quota is compared with the sum over the entities that state that kind. Fewer ' +
			'staff than the quota is normal and never flagged.',
		messages: {over: {}},
	},
	check({analysis, report}) {
		for (const kind of KINDS) {
			const concept = `staff.authorized.${kind}`;
			for (const quota of analysis.facts) {
				if (quota.concept !== concept) continue;
				const actual = actualFor(analysis.facts, kind, quota.entity);
				const total = actual.reduce((sum, fact) => sum + fact.value, 0);
				if (actual.length === 0 || total <= quota.value) continue;
				report({
					messageId: 'over',
					data: {kind, actual: total, quota: quota.exact},
					evidence: [span(quota), ...actual.map(span)],
					expected: quota.value,
					actual: total,
				});
			}
		}
	},
});
