/**
Mutation suite: take a seed, change one figure, year, grade, heading number or count, and assert
that exactly the intended rule starts (or stops) firing, and nothing else changes.
*/
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {processDocument} from '../../src/pipeline.js';

const SEED_000 = readFileSync('fixtures/000_7584c7280180b575.txt', 'utf8');
const SEED_002 = readFileSync('fixtures/002_bc18d932a785869a.txt', 'utf8');

async function findingKeys(text: string): Promise<string[]> {
	const report = await processDocument(Buffer.from(text), 'mutant.txt');
	return report.findings.map((finding) => `${finding.rule}:${finding.severity}`).sort();
}

function mutate(seed: string, from: string, to: string): string {
	expect(seed.split(from)).toHaveLength(2); // the mutated words occur exactly once
	return seed.replace(from, to);
}

/** Findings of the mutant minus those of the original, and the reverse. */
async function difference(seed: string, mutant: string): Promise<{added: string[]; removed: string[]}> {
	const before = await findingKeys(seed);
	const after = await findingKeys(mutant);
	const minus = (a: string[], b: string[]) => {
		const rest = [...b];
		return a.filter((key) => {
			const index = rest.indexOf(key);
			if (index === -1) return true;
			rest.splice(index, 1);
			return false;
		});
	};
	return {added: minus(after, before), removed: minus(before, after)};
}

describe.each([
	['seed 002', SEED_002, '综合得分为98.85分', '综合得分为78.85分', ['score-grade-mismatch:error'], []],
	['seed 002', SEED_002, '核定行政编制44名', '核定行政编制40名', ['staff-over-quota:warning'], []],
	['seed 002', SEED_002, '年末实有人数57人', '年末实有人数58人', ['headcount-mismatch:error'], []],
	[
		'seed 002',
		SEED_002,
		'2026年4月6日至4月24日',
		'2025年4月6日至4月24日',
		['evaluation-before-period-end:warning'],
		[],
	],
	['seed 002', SEED_002, '年末结转和结余0.00万元', '年末结转和结余5.00万元', ['balance-mismatch:error'], []],
	['seed 002', SEED_002, '截至2025年12月31日', '截至2025年12月32日', ['invalid-date:error'], []],
	['seed 002', SEED_002, '人员经费1,005.06万元', '人员经费1,015.06万元', ['sum-mismatch:error'], []],
	['seed 000', SEED_000, '(三) 针对问题', '(二) 针对问题', [], ['heading-sequence:warning']],
	['seed 000', SEED_000, '对以上 9 个项目', '对以上 8 个项目', ['count-mismatch:error'], []],
	[
		'seed 000',
		SEED_000,
		'创新平台的客商满意度为 90%',
		'创新平台的客商满意度为 190%',
		['percent-out-of-range:error'],
		[],
	],
	['seed 000', SEED_000, '人员增加 3.4 倍', '人员增加 2.5 倍', [], ['ratio-mismatch:error']],
	['seed 000', SEED_000, '企业企业满意度', '企业满意度', [], ['duplicated-word:warning']],
	['seed 000', SEED_000, '对我单位2022年度预算资金', '对我单位2023年度预算资金', [], ['year-mismatch:error']],
])('%s: %s → %s', (_seed, seed, from, to, added, removed) => {
	it(`changes exactly ${[...added.map((key) => `+${key}`), ...removed.map((key) => `-${key}`)].join(' ')}`, async () => {
		expect(await difference(seed, mutate(seed, from, to))).toEqual({added, removed});
	});
});
