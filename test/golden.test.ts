import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parse} from '../src/index.js';

/** Golden files: `npx vitest -u` regenerates fixtures/expected/*.json after a reviewed change. */
const SEEDS = ['000_7584c7280180b575.txt', '002_bc18d932a785869a.txt'];

describe.each(SEEDS)('seed %s', (name) => {
	it('matches its expected report JSON', async () => {
		const report = await parse(`fixtures/${name}`);
		await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(`../fixtures/expected/${name}.json`);
	});

	it('points every fact loc at the number as written in the original file', async () => {
		const report = await parse(`fixtures/${name}`);
		const lines = readFileSync(`fixtures/${name}`, 'utf8').split('\n');
		for (const fact of report.facts) {
			const line = lines[fact.loc.line - 1]!;
			const at = line.slice(fact.loc.column - 1);
			if (/^[一二两三四五六七八九十〇零百]/u.test(at)) continue; // written as a Chinese numeral (一批): nothing to compare digit by digit
			// A date that borrows its year ("至4月24日") starts with its month.
			const [year, month] = fact.exact.split('-');
			const digits =
				fact.kind === 'date'
					? at.startsWith(year!)
						? year!
						: String(Number(month))
					: fact.exact.replace('-', '').split('.')[0]!;
			// The number may be written with separators (1,929.81) or spaces (2023 年): compare digits only.
			expect(at.replace(/[^\d.]/g, '').startsWith(digits), `${fact.text} at ${fact.loc.line}:${fact.loc.column}`).toBe(
				true,
			);
		}
	});

	it('points every finding evidence at the words it cites', async () => {
		const report = await parse(`fixtures/${name}`);
		const lines = readFileSync(`fixtures/${name}`, 'utf8').split('\n');
		for (const finding of report.findings) {
			for (const evidence of finding.evidence) {
				const original = lines[evidence.loc.line - 1]!.slice(evidence.loc.column - 1).replace(/[\s,]/g, '');
				const cited = evidence.text.replace(/[\s,]/g, '').slice(0, 4);
				expect(original.replace(/（/g, '(').replace(/）/g, ')'), finding.message).toContain(cited);
			}
		}
	});
});
