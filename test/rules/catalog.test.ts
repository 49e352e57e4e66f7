import {existsSync, readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {RULES} from '../../src/rules/index.js';

const ENGINE_FILES = new Set(['index.ts', 'rule.ts', 'run-rules.ts']);
const ruleFiles = readdirSync(new URL('../../src/rules/', import.meta.url)).filter(
	(name) => name.endsWith('.ts') && !ENGINE_FILES.has(name),
);

describe('rule catalog', () => {
	it('lists every rule file under its own id, sorted', () => {
		expect(Object.keys(RULES)).toEqual(ruleFiles.map((name) => name.replace(/\.ts$/, '')).sort());
		for (const [id, rule] of Object.entries(RULES)) expect(rule.meta.id).toBe(id);
	});

	it.each(Object.keys(RULES))('%s has docs, messages and a test file', (id) => {
		const {meta} = RULES[id]!;
		expect(meta.docs.length).toBeGreaterThan(40);
		expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
		expect(['error', 'warning', 'info']).toContain(meta.severity);
		expect(existsSync(new URL(`./${id}.test.ts`, import.meta.url))).toBe(true);
	});
});
