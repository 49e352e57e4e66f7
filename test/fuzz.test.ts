import {afterAll, describe, expect, it} from 'vitest';
import {WorkerPool} from '../src/jobs/worker-pool.js';
import {reportSchema} from '../src/schema.js';
// @ts-expect-error: a plain ESM script shared with `npm run fuzz`
import {fuzz} from '../scripts/fuzz-cases.mjs';

type Tally = {
	total: number;
	ok: number;
	byReason: Record<string, number>;
	bugs: Array<{index: number; name: string; reason: string; message: string}>;
};

describe('fuzzing (a fixed-seed sample; `npm run fuzz -- --count 10000` for the long run)', () => {
	const pool = new WorkerPool(2, {timeoutMs: 30_000, memoryMb: 1024});
	afterAll(() => pool.close());

	it('gives every hostile input a schema-valid report or one failure with a document reason: no crash, hang or internal error', async () => {
		const result = (await fuzz({
			seed: 7,
			count: 300,
			run: (job: unknown) => pool.run(job as never),
			validate: (json: string) => reportSchema.parse(JSON.parse(json)),
		})) as Tally;
		expect(result.bugs).toEqual([]);
		expect(result.total).toBe(300);
		// The sample reaches both sides: some mutations still read as reports, most do not.
		expect(result.ok).toBeGreaterThan(20);
		expect(Object.keys(result.byReason).length).toBeGreaterThanOrEqual(3);
	}, 300_000);
});
