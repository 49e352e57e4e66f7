/**
RuleTester on Vitest (after ESLint's): each case is real report text run through the real pipeline
with only the rule under test enabled. Every case is named for what it is about. An invalid case
lists each finding it must give, in order: its messageId, where its first evidence is (line and
column of the file, as a reader would count them in the case's text) and the finding's `expected`
and `actual`. Every messageId must be declared by the rule, duplicate cases are refused, and each
finding must carry the rule's id.
*/
import {describe, expect, it} from 'vitest';
import {processDocument} from '../../src/pipeline.js';
import type {Rule} from '../../src/rules/rule.js';
import {foldText} from '../../src/text/fold.js';
import type {Report} from '../../src/schema.js';

export type ValidCase = {name: string; text: string};

export type ExpectedFinding = {
	messageId: string;
	severity?: 'error' | 'warning' | 'info';
	/** Line and column (1-based) where the finding's first evidence starts. */
	at: [line: number, column: number];
	expected: number | string | null;
	actual: number | string | null;
};

export type InvalidCase = {name: string; text: string; errors: ExpectedFinding[]};

/** A report body under a title that sets the fiscal year. */
export function reportText(body: string, year = 2023): string {
	return `某某区投资促进局${year}年度部门整体支出绩效自评报告\n${body}\n`;
}

export async function runOn(rule: Rule, text: string): Promise<Report> {
	return processDocument(Buffer.from(text), 'case.txt', {rules: [rule.meta.id]});
}

export const ruleTester = {
	run(rule: Rule, cases: {valid: ValidCase[]; invalid: InvalidCase[]}): void {
		const id = rule.meta.id;
		const all = [...cases.valid, ...cases.invalid].map((item) => item.text);
		if (new Set(all).size !== all.length) throw new Error(`Duplicate test case for rule ${id}`);
		const names = [...cases.valid, ...cases.invalid].map((item) => item.name);
		if (new Set(names).size !== names.length) throw new Error(`Duplicate test name for rule ${id}`);
		if (cases.valid.length < 3 || cases.invalid.length < 3)
			throw new Error(`Rule ${id} needs at least three valid and three invalid cases`);
		describe(id, () => {
			for (const {name, text} of cases.valid) {
				it(`does not flag ${name}`, async () => {
					const report = await runOn(rule, text);
					expect(report.findings.filter((finding) => finding.rule === id)).toEqual([]);
				});
			}
			for (const {name, text, errors} of cases.invalid) {
				if (errors.length === 0) throw new Error('Invalid cases must have at least one error');
				for (const error of errors)
					if (!(error.messageId in rule.meta.messages))
						throw new Error(
							`Invalid messageId '${error.messageId}'. Expected one of ${Object.keys(rule.meta.messages).join(', ')}`,
						);
				it(`flags ${name}`, async () => {
					const report = await runOn(rule, text);
					const findings = report.findings;
					expect(findings.map((finding) => finding.messageId)).toEqual(errors.map((error) => error.messageId));
					for (const [index, finding] of findings.entries()) {
						const error = errors[index]!;
						expect(finding.rule).toBe(id);
						if (error.severity) expect(finding.severity).toBe(error.severity);
						const [line, column] = error.at;
						expect(finding.evidence[0]!.loc).toMatchObject({line, column});
						// The cited text starts at that place of the case's own text (compared width-folded).
						const lineText = foldText(text.split('\n')[line - 1] ?? '');
						expect(lineText.slice(column - 1, column)).toBe(foldText(finding.evidence[0]!.text).slice(0, 1));
						expect({expected: finding.expected, actual: finding.actual}).toEqual({
							expected: error.expected,
							actual: error.actual,
						});
						for (const evidence of finding.evidence) expect(evidence.text.length).toBeGreaterThan(0);
					}
				});
			}
		});
	},
};
