import {describe, expect, it} from 'vitest';
import {hasRepeatedHanRun} from '../../src/text/repeated-run.js';

const REGEX = /(\p{Script=Han}{1,4})\1/u;

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number): () => number {
	let state = seed;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

// Few distinct characters, so that repeats happen: ideographs, 〇 (Han script), a CJK radical
// (⺈, Han script), kana and punctuation (not), digits, and ideographs outside the BMP.
const ALPHABET = ['企', '业', '的', '了', '〇', '⺈', 'の', '，', '1', 'a', ' ', '𠀀', '𪚥'];

describe('a run of characters repeated right after itself', () => {
	it('finds exactly what the regex finds', () => {
		const random = generator(7);
		for (let round = 0; round < 20_000; round++) {
			const length = Math.floor(random() * 14);
			let text = '';
			for (let index = 0; index < length; index++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
			const from = Math.floor(random() * 3);
			const to = Math.max(from, text.length - Math.floor(random() * 3));
			expect(hasRepeatedHanRun(text, from, to), JSON.stringify([text, from, to])).toBe(
				REGEX.test(text.slice(from, to)),
			);
		}
	});

	it('tells the usual cases', () => {
		const whole = (text: string) => hasRepeatedHanRun(text, 0, text.length);
		expect(whole('支持企业企业发展')).toBe(true);
		expect(whole('完成的的目标')).toBe(true);
		expect(whole('绩效目标完成情况')).toBe(false);
		// Four characters and their repeat; five are past what the pre-filter looks for.
		expect(whole('项目资金项目资金')).toBe(true);
		expect(whole('项目资金管理项目资金管理')).toBe(false);
		// Not Han: digits and letters repeat without counting.
		expect(whole('1212 abab')).toBe(false);
		// Only inside the range asked about.
		expect(hasRepeatedHanRun('企业企业', 1, 4)).toBe(false);
	});
});
