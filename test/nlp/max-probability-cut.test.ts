import {readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {maxProbabilityCut} from '../../src/nlp/max-probability-cut.js';
import {loadWordDictionary} from '../../src/nlp/tokenizer.js';
import {buildWordDictionary, type WordDictionary} from '../../src/nlp/word-dictionary.js';

function words(dict: WordDictionary, text: string): string[] {
	const spans = maxProbabilityCut(dict, text);
	const result: string[] = [];
	for (let at = 0; at < spans.length; at += 2) result.push(text.slice(spans[at], spans[at + 1]));
	return result;
}

describe('maximum-probability cut', () => {
	it('takes the covering whose word weights sum highest', () => {
		// 预算收入 alone (0.3) against 预算 + 收入 (0.4 × 0.3): the single word wins.
		const dict = buildWordDictionary('预算 40 n\n收入 30 n\n预算收入 30 n\n', '');

		expect(words(dict, '预算收入')).toEqual(['预算收入']);
	});

	it('keeps the shorter word on an exact tie, as cppjieba does', () => {
		// 甲乙 + 丙 and 甲 + 乙丙 both score log(1/4) + log(1/4): the first found (the shorter first word) stays.
		const dict = buildWordDictionary('甲 1 n\n甲乙 1 n\n乙丙 1 n\n丙 1 n\n', '');

		expect(words(dict, '甲乙丙')).toEqual(['甲', '乙丙']);
	});

	it('cuts a character that is no word alone, at the lowest weight', () => {
		const dict = buildWordDictionary('预算 40 n\n收入 60 n\n', '');

		expect(words(dict, '预算X收入7')).toEqual(['预算', 'X', '收入', '7']);
	});

	it('makes each separator a word of its own and never joins words across one', () => {
		const dict = buildWordDictionary('预算 40 n\n收入 60 n\n算收 90 n\n', '');

		expect(words(dict, '预算，收入。预 算\t收\n')).toEqual([
			'预算',
			'，',
			'收入',
			'。',
			'预',
			' ',
			'算',
			'\t',
			'收',
			'\n',
		]);
		expect(words(dict, '')).toEqual([]);
	});

	it('cuts a surrogate pair as one character', () => {
		const dict = buildWordDictionary('𠀀字 10 n\n字 1 n\n', '');

		expect(words(dict, '𠀀字𠀀')).toEqual(['𠀀字', '𠀀']);
	});

	it('gives the same words as nodejieba on every corpus text, the seeds and mixed strings', () => {
		const jieba = createRequire(import.meta.url)('nodejieba') as {
			load: (options: Record<string, string>) => void;
			cut: (text: string, hmm: boolean) => string[];
		};
		const dictDir = new URL('../../dict/', import.meta.url).pathname;
		// nodejieba's own HMM, idf and stop-word files: a cut without HMM reads none of them.
		jieba.load({dict: `${dictDir}jieba.trimmed.utf8`, userDict: `${dictDir}user.dict.utf8`});
		const dict = loadWordDictionary();
		const texts: string[] = [];
		for (const dir of ['fixtures', 'fixtures/corpus/docs', '../shared/seeds'])
			for (const name of readdirSync(dir).filter((each) => /\.(txt|md)$/.test(each)))
				texts.push(...readFileSync(join(dir, name), 'utf8').split('\n'));
		// Strings no report holds: runs of dictionary and stray characters, separators, digits, Latin
		// letters, full-width forms and characters outside the BMP, from a fixed seed.
		const alphabet = [
			...'预算收入支出财政拨款年初决算一般公共绩效目标完成情况的了人员在职职工，。 \t12.5%ABcＡ１𠀀𪚥（）、',
		];
		let seed = 20261130;
		const next = () => {
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			return seed;
		};
		for (let count = 0; count < 3000; count++)
			texts.push(Array.from({length: 1 + (next() % 40)}, () => alphabet[next() % alphabet.length]).join(''));

		let compared = 0;
		for (const text of texts) {
			expect(words(dict, text), text).toEqual(jieba.cut(text, false));
			compared += text.length;
		}
		expect(compared).toBeGreaterThan(100_000);
	});
});
