/**
The corpus evaluation as a test: `npm run eval` (../shared/tools/eval-corpus.mjs over
fixtures/corpus and the seeds, on the built CLI) must meet the project's targets, with no document
failing to parse. The CLI is rebuilt first (with npm run build, which keeps it executable) so the figures are those of
the sources under test.
*/
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

describe('npm run eval on the corpus and the seeds', () => {
	it('meets the field, fact and finding targets with no parse failure', () => {
		// The scorer runs `npx jixiao parse`: npm run build also keeps dist/cli.js executable.
		execFileSync('npm', ['run', '-s', 'build'], {stdio: 'ignore'});
		const out = join(mkdtempSync(join(tmpdir(), 'jixiao-eval-')), 'eval.json');
		execFileSync(process.execPath, ['scripts/eval.mjs', '--json', out], {stdio: 'ignore'});
		const {figures} = JSON.parse(readFileSync(out, 'utf8')) as {figures: Record<string, number>};
		expect(figures['documents']).toBeGreaterThanOrEqual(42);
		expect(figures['parseFailures']).toBe(0);
		expect(figures['fieldAccuracy']).toBeGreaterThanOrEqual(97);
		expect(figures['factRecall']).toBeGreaterThanOrEqual(95);
		expect(figures['factPrecision']).toBeGreaterThanOrEqual(98);
		expect(figures['findingRecall']).toBeGreaterThanOrEqual(90);
		expect(figures['findingPrecision']).toBeGreaterThanOrEqual(95);
	}, 300_000);
});
