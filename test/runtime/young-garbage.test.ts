import {constants, PerformanceObserver} from 'node:perf_hooks';
import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {collectYoungGarbage} from '../../src/runtime/young-garbage.js';

/** The kinds of the collections V8 reports while `during` runs (they arrive a moment later). */
async function collectionsDuring(during: () => void): Promise<number[]> {
	const kinds: number[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) kinds.push((entry as unknown as {detail: {kind: number}}).detail.kind);
	});
	observer.observe({entryTypes: ['gc']});
	during();
	await new Promise((resolve) => setTimeout(resolve, 50));
	observer.disconnect();
	return kinds;
}

describe('collectYoungGarbage', () => {
	it('runs a scavenge each time it is called', async () => {
		const kinds = await collectionsDuring(() => {
			for (let run = 0; run < 3; run++) expect(collectYoungGarbage()).toBe(true);
		});
		expect(kinds.filter((kind) => kind === constants.NODE_PERFORMANCE_GC_MINOR).length).toBeGreaterThanOrEqual(3);
	});

	it('leaves this thread’s global without gc; contexts made later get it', () => {
		const hadGc = 'gc' in globalThis;
		collectYoungGarbage();
		expect('gc' in globalThis).toBe(hadGc);
		expect(runInNewContext('typeof gc')).toBe('function');
	});
});
