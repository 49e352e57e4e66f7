import {cpSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ingest} from '../../src/batch/ingest.js';
import {parseShard, shardOf} from '../../src/batch/shard.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'jixiao-shard-'));
const reportPaths = (out: string, root: string) =>
	readFileSync(join(out, 'reports.ndjson'), 'utf8')
		.trim()
		.split('\n')
		.filter(Boolean)
		.map((line) => (JSON.parse(line) as {source: {path: string}}).source.path.replace(`${root}/`, ''));

describe('--shard i/n', () => {
	it('reads i and n, and refuses anything else with a usage error', () => {
		expect(parseShard('2/3')).toEqual({index: 2, count: 3});
		for (const wrong of ['0/3', '4/3', '1/0', 'a/b', '2', '1/2/3']) expect(() => parseShard(wrong)).toThrow();
	});

	it('spreads paths over the shards', () => {
		const counts = [0, 0, 0, 0];
		for (let index = 0; index < 4000; index++) counts[shardOf(`2024/县${index}/报告.pdf`, 4) - 1]!++;
		for (const count of counts) expect(count).toBeGreaterThan(850);
	});

	it('splits the inputs with no overlap and nothing lost, the same wherever the inputs are mounted', async () => {
		// The same archive at two places, as two machines might mount it.
		const first = join(scratch(), 'archive');
		const second = join(scratch(), 'mounted-elsewhere');
		cpSync('fixtures/corpus/docs', first, {recursive: true, filter: (path) => !path.endsWith('.pdf')});
		cpSync(first, second, {recursive: true});
		const whole = reportPaths((await run(first, undefined)).out, first).sort();
		const shards = await Promise.all(
			[1, 2, 3].map(async (index) =>
				reportPaths((await run(index === 2 ? second : first, {index, count: 3})).out, index === 2 ? second : first),
			),
		);
		expect(shards.every((paths) => paths.length > 0)).toBe(true);
		expect(shards.flat().sort()).toEqual(whole);
		expect(new Set(shards.flat()).size).toBe(whole.length);
	}, 240_000);
});

async function run(input: string, shard: {index: number; count: number} | undefined) {
	const out = join(scratch(), 'out');
	await ingest({inputs: [input], out, concurrency: 1, workers: false, ...(shard ? {shard} : {})});
	return {out};
}
