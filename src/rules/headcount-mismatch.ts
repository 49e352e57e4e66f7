/**
@fileoverview Staff categories or entities that do not add up, and changes that do not match.
*/
import type {FactRecord} from '../extract/facts.js';
import {defineRule} from './rule.js';
import {judgeSum} from './shared/decimal.js';
import {findBreakdowns} from './shared/breakdowns.js';
import {span} from './shared/facts.js';

/** Categories that partition a headcount: by kind of staff, or (inside an institution) by post. */
const PARTITIONS = [
	['admin', 'institution', 'worker'],
	['managementPost', 'technicalPost', 'workerPost'],
	['established', 'contract'],
];
/**
A department total that the entities' totals must add up to says it is the whole: "我部门…实有人数57人",
"全局共有…". A total stated next to the entities without such words may be the bureau's own staff.
*/
const WHOLE_DEPARTMENT = /我部门|本部门|全局|全部门|全系统|合计|共有|总计|部门决算单位/u;

function staffFacts(
	facts: FactRecord[],
	prefix: 'staff.actual' | 'staff.change',
): Map<string, Map<string, FactRecord>> {
	// entity → category → first fact
	const byEntity = new Map<string, Map<string, FactRecord>>();
	for (const fact of facts) {
		if (!fact.concept?.startsWith(`${prefix}.`)) continue;
		const entity = fact.entity ?? '';
		const categories = byEntity.get(entity) ?? new Map<string, FactRecord>();
		const category = fact.concept.slice(prefix.length + 1);
		if (!categories.has(category)) categories.set(category, fact);
		byEntity.set(entity, categories);
	}
	return byEntity;
}

export default defineRule({
	meta: {
		id: 'headcount-mismatch',
		severity: 'error',
		docs: "For each entity, 实有人数 must equal the sum of its categories when two or more are stated (行政 + 事业 + 工勤, or 管理岗 + 专技岗); the department total must equal the sum of its entities' totals when two or more are stated and the total says it is the whole department (我部门, 全局, 合计 …); 在编 + 编外 must equal 实有; a stated change must equal the sum of its categories' changes. A single category is not a breakdown (it may be partial).",
		messages: {categories: {}, entities: {}, change: {}},
	},
	check({analysis, report}) {
		const check = (messageId: string, total: FactRecord | undefined, parts: FactRecord[], entity: string) => {
			if (!total || parts.length < 2) return;
			const {verdict, sum} = judgeSum(total, parts);
			if (verdict === 'exact') return;
			report({
				messageId,
				data: {
					entity: entity ?? '',
					parts: parts.map((part) => `${part.label ?? ''}${part.exact}`).join(' + '),
					sum: sum.toString(),
					total: total.exact,
				},
				evidence: [span(total), ...parts.map(span)],
				expected: Number(sum.toString()),
				actual: total.value,
			});
		};
		for (const prefix of ['staff.actual', 'staff.change'] as const) {
			const byEntity = staffFacts(analysis.facts, prefix);
			for (const [entity, categories] of byEntity) {
				for (const partition of PARTITIONS) {
					const parts = partition.map((name) => categories.get(name)).filter((fact) => fact !== undefined);
					// Posts partition an institution's staff; by kind, the whole entity.
					check(prefix === 'staff.change' ? 'change' : 'categories', categories.get('total'), parts, entity);
				}
			}
			const entityTotals = [...byEntity]
				.filter(([entity]) => entity !== '')
				.map(([, categories]) => categories.get('total'))
				.filter((fact) => fact !== undefined);
			const whole = byEntity.get('')?.get('total');
			// "全局在职人员合计263人，其中局本级93人、机关服务中心142人…": units the lexicon does not name.
			if (prefix === 'staff.actual')
				for (const {total, parts} of findBreakdowns(analysis.doc.text, analysis.facts))
					if (total.concept?.startsWith('staff.actual.')) check('entities', total, parts, '');
			if (whole && WHOLE_DEPARTMENT.test(analysis.doc.text.slice(whole.sentence[0], whole.start)))
				check(prefix === 'staff.change' ? 'change' : 'entities', whole, entityTotals, '');
		}
	},
});
