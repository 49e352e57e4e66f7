import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {allCueWords} from '../../src/lexicon/concepts.js';
import {tokensOf} from '../../src/nlp/tokenizer.js';

describe('the concept lexicon', () => {
	it("has every cue word in the tokenizer's domain dictionary", () => {
		const dictionary = new Set(
			readFileSync('dict/user.dict.utf8', 'utf8')
				.split('\n')
				.map((line) => line.split(' ')[0]),
		);
		expect(allCueWords().filter((word) => !dictionary.has(word))).toEqual([]);
	});

	it('keeps each cue word whole in the tokenizer', () => {
		const split = allCueWords().filter((word) => {
			const tokens = tokensOf({text: word}, {start: 0, end: word.length});
			return tokens.length !== 1;
		});
		expect(split).toEqual([]);
	});
});
