import {describe, expect, it} from 'vitest';
import {
	buildWordDictionary,
	findEntry,
	HASH_SEED,
	stepHash,
	type WordDictionary,
} from '../../src/nlp/word-dictionary.js';

function weightOf(dict: WordDictionary, word: string): number | undefined {
	let hash = HASH_SEED;
	for (let at = 0; at < word.length; at++) hash = stepHash(hash, word.charCodeAt(at));
	const entry = findEntry(dict, hash, word, 0, word.length);
	return entry === -1 ? undefined : dict.weights[entry];
}

describe('word dictionary', () => {
	it('weighs a main word by the log of its share of all main frequencies', () => {
		const dict = buildWordDictionary('预算 30 n\n收入 10 n\n支出 60 v\n', '');

		expect(weightOf(dict, '预算')).toBe(Math.log(30 / 100));
		expect(weightOf(dict, '支出')).toBe(Math.log(60 / 100));
		expect(dict.minWeight).toBe(Math.log(10 / 100));
	});

	it('keeps each prefix of a word as an entry that is no word, and knows nothing else', () => {
		const dict = buildWordDictionary('财政拨款 10 n\n财政 5 n\n', '');

		expect(weightOf(dict, '财政拨')).toBeNaN();
		expect(weightOf(dict, '财')).toBeNaN();
		expect(weightOf(dict, '财政')).toBe(Math.log(5 / 15));
		expect(weightOf(dict, '拨款')).toBeUndefined();
		expect(weightOf(dict, '财政拨款收入')).toBeUndefined();
	});

	it('gives a user word without frequency the median main weight, and one with a frequency its own share', () => {
		const dict = buildWordDictionary('甲 10 n\n乙 20 n\n丙 70 n\n', '在职职工\n年初预算 n\n决算数 40 n\n');

		expect(weightOf(dict, '在职职工')).toBe(Math.log(20 / 100));
		expect(weightOf(dict, '年初预算')).toBe(Math.log(20 / 100));
		expect(weightOf(dict, '决算数')).toBe(Math.log(40 / 100));
	});

	it('lets a later line of the same word replace the earlier weight, the sum still counting both', () => {
		const dict = buildWordDictionary('项目 10 n\n项目 30 n\n其他 60 n\n', '其他 50 n\n');

		expect(weightOf(dict, '项目')).toBe(Math.log(30 / 100));
		expect(weightOf(dict, '其他')).toBe(Math.log(50 / 100));
	});

	it('skips user lines of more than three columns, and blank lines', () => {
		const dict = buildWordDictionary('甲 1 n\n', '\n绩效 评价 1 n\n\n');

		expect(weightOf(dict, '绩效')).toBeUndefined();
	});

	it('treats a surrogate pair as one character: no prefix ends inside it', () => {
		const dict = buildWordDictionary('𠀀字 10 n\n', '');

		expect(weightOf(dict, '𠀀')).toBeNaN();
		expect(weightOf(dict, '\ud840')).toBeUndefined();
	});

	it('refuses a main dictionary that is empty or not in "word frequency tag" lines', () => {
		expect(() => buildWordDictionary('', '')).toThrow(/empty/);
		expect(() => buildWordDictionary('预算 30\n', '')).toThrow(/word frequency tag/);
	});
});
