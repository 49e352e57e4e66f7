import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {allCueWords} from '../../src/lexicon/concepts.js';
import {cutAll} from '../../src/nlp/tokenizer.js';

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
		const words = allCueWords();
		const split = cutAll(words).flatMap((cut, index) => (cut.length === 1 ? [] : [words[index]]));
		expect(split).toEqual([]);
	});
});
