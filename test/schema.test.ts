import {describe, expect, it} from 'vitest';
import {locSchema, reportSchema} from '../src/schema.js';
import {reportOf} from './helpers/parse-text.js';

describe('the report schema', () => {
	it('gives back a report with the keys in its order and nothing it does not know', async () => {
		const report = await reportOf('2024年度部门收入合计1,929.81万元。\n');
		const shuffled = {extra: true, ...Object.fromEntries(Object.entries(report).reverse())};
		const parsed = reportSchema.parse(shuffled);
		expect(Object.keys(parsed)).toEqual(Object.keys(reportSchema.shape));
		expect(JSON.stringify(parsed)).toBe(JSON.stringify(reportSchema.parse(report)));
		expect(parsed).not.toHaveProperty('extra');
		const loc = {section: [], extra: 1, page: null, offset: 0, column: 2, line: 1};
		expect(Object.keys(locSchema.parse(loc))).toEqual(['line', 'column', 'offset', 'page', 'section']);
	});

	it('says which field is wrong and what it expected', () => {
		const result = reportSchema.safeParse({schemaVersion: 1, source: {path: 3}});
		expect(result.success).toBe(false);
		const issue = result.error!.issues.find((candidate) => candidate.path.join('.') === 'source.path');
		expect(issue?.message).toBe('Invalid input: expected string, received number');
		expect(() => locSchema.parse({line: 0, column: 1, offset: 0, page: null, section: []})).toThrow(/>=1/u);
	});
});
