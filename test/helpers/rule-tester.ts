/**
RuleTester on Vitest (after ESLint's): each case is real report text run through the real pipeline
with only the rule under test enabled. Invalid cases need at least one error, every messageId must
be declared by the rule, duplicate cases are refused, and each finding must carry the rule's id.
*/
import {describe, expect, it} from 'vitest';
import {processDocument} from '../../src/pipeline.js';
import type {Rule} from '../../src/rules/rule.js';
import type {Report} from '../../src/schema.js';

export type InvalidCase = {text: string; errors: Array<{messageId: string; severity?: 'error' | 'warning' | 'info'}>};

/** A report body under a title that sets the fiscal year. */
export function reportText(body: string, year = 2023): string {
	return `某某区投资促进局${year}年度部门整体支出绩效自评报告\n${body}\n`;
}

export async function runOn(rule: Rule, text: string): Promise<Report> {
	return processDocument(Buffer.from(text), 'case.txt', {rules: [rule.meta.id]});
}

export const ruleTester = {
	run(rule: Rule, cases: {valid: string[]; invalid: InvalidCase[]}): void {
		const id = rule.meta.id;
		const all = [...cases.valid, ...cases.invalid.map((item) => item.text)];
		if (new Set(all).size !== all.length) throw new Error(`Duplicate test case for rule ${id}`);
		if (cases.valid.length < 3 || cases.invalid.length < 3)
			throw new Error(`Rule ${id} needs at least three valid and three invalid cases`);
		describe(id, () => {
			for (const text of cases.valid) {
				it(`does not flag: ${text.slice(0, 60)}`, async () => {
					const report = await runOn(rule, text);
					expect(report.findings.filter((finding) => finding.rule === id)).toEqual([]);
				});
			}
			for (const {text, errors} of cases.invalid) {
				if (errors.length === 0) throw new Error('Invalid cases must have at least one error');
				for (const error of errors)
					if (!(error.messageId in rule.meta.messages))
						throw new Error(
							`Invalid messageId '${error.messageId}'. Expected one of ${Object.keys(rule.meta.messages).join(', ')}`,
						);
				it(`flags: ${text.slice(0, 60)}`, async () => {
					const report = await runOn(rule, text);
					const findings = report.findings;
					expect(findings.map((finding) => finding.messageId)).toEqual(errors.map((error) => error.messageId));
					for (const [index, finding] of findings.entries()) {
						expect(finding.rule).toBe(id);
						if (errors[index]!.severity) expect(finding.severity).toBe(errors[index]!.severity);
						for (const evidence of finding.evidence) expect(evidence.text.length).toBeGreaterThan(0);
					}
				});
			}
		});
	},
};
