import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {runFileJob} from '../../src/jobs/file-job.js';
import {PUBLISHED_LIMITS} from '../../src/pipeline.js';
import {FINDING_LIMITS} from '../../src/rules/run-rules.js';
import {reportSchema, type Report, type Section} from '../../src/schema.js';
// @ts-expect-error: a plain ESM script shared with the benchmark and the fuzz script
import {measureScaling, SHAPES} from '../../scripts/pathological.mjs';

const SEED = readFileSync('fixtures/000_7584c7280180b575.txt', 'utf8');
const TITLE = '某某局2024年度部门整体支出绩效自评报告\n一、基本情况\n';

async function parse(text: string): Promise<Report> {
	const result = await runFileJob({path: 'x.txt', bytes: Buffer.from(text), sha256: '0'.repeat(64), forIngest: false});
	if (result.status !== 'ok') throw new Error(`expected a report, got ${JSON.stringify(result)}`);
	return reportSchema.parse(JSON.parse(result.reportJson));
}

const depthOf = (sections: Section[]): number =>
	Math.max(0, ...sections.map((section) => 1 + depthOf(section.children)));

describe('pathological documents', () => {
	it('reads a line of 200,000 characters (no stack overflow)', async () => {
		const report = await parse(`${TITLE + '预算资金100万元，'.repeat(20_000)}\n`);
		expect(report.report.fiscalYear).toBe(2024);
	});

	it('does not turn a 400-digit run into an Infinity figure', async () => {
		const report = await parse(`${TITLE}年度预算收入${'9'.repeat(400)}万元，支出100万元。\n`);
		expect(report.facts.filter((fact) => fact.kind === 'amount').map((fact) => fact.exact)).toEqual(['100']);
	});

	it('reports a character repeated 60,000 times as one duplicated word', async () => {
		const report = await parse(`${TITLE}${'的'.repeat(60_000)}\n`);
		const duplicated = report.findings.filter((finding) => finding.rule === 'duplicated-word');
		expect(duplicated).toHaveLength(1);
		expect(duplicated[0]!.message.length).toBeLessThan(300);
	});

	it('reports 100,000 headings with one number as one repeat, in a flat tree', async () => {
		const report = await parse(SHAPES['numbered lines'](100_000));
		expect(report.findings.filter((finding) => finding.rule === 'heading-sequence')).toHaveLength(1);
		expect(depthOf(report.sections)).toBe(1);
	});

	it('keeps a compilation of 150 copies of a report bounded: shallow tree, short evidence lists, capped findings', async () => {
		const report = await parse(Array.from({length: 150}, () => SEED).join('\n'));
		expect(depthOf(report.sections)).toBeLessThanOrEqual(12);
		for (const finding of report.findings)
			expect(finding.evidence.length).toBeLessThanOrEqual(FINDING_LIMITS.evidencePerFinding);
		const byRule = new Map<string, number>();
		for (const finding of report.findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
		for (const count of byRule.values()) expect(count).toBeLessThanOrEqual(FINDING_LIMITS.findingsPerRule);
		expect(JSON.stringify(report).length).toBeLessThan(60 * 1024 * 1024);
	}, 60_000);

	it('publishes at most the facts limit and says how many more there were', async () => {
		const report = await parse(SHAPES.figures(4 * (PUBLISHED_LIMITS.facts + 400)));
		expect(report.facts).toHaveLength(PUBLISHED_LIMITS.facts);
		expect(report.notes).toContainEqual({
			code: 'facts-truncated',
			message: expect.stringMatching(/^前20000个数字之后还有\d+个未列出$/u),
			data: {count: expect.any(Number), limit: PUBLISHED_LIMITS.facts},
			loc: null,
		});
	}, 120_000);

	it('scales linearly: each shape at 8n costs at most 12 times what it costs at n', async () => {
		const rows = await measureScaling(async (text: string) => void (await parse(text)), {seed: SEED});
		for (const row of rows)
			expect(row.ratio, `${row.shape}: ${row.small} ms at n, ${row.large} ms at 8n`).toBeLessThanOrEqual(12);
	}, 300_000);
});
