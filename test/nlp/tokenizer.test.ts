import {describe, expect, it} from 'vitest';
import {cutAll, prefetchTokens, tokensOf} from '../../src/nlp/tokenizer.js';

const text = '本部门年初预算收入1817.89万元。\n在职职工57人，退休人员12人。\n我们要认真研究研究这个问题。';
const paragraphs: Array<{start: number; end: number}> = [];
for (const line of text.split('\n')) {
	const start = paragraphs.length === 0 ? 0 : paragraphs.at(-1)!.end + 1;
	paragraphs.push({start, end: start + line.length});
}

describe('tokenizer', () => {
	it('gives each paragraph the same words whether prefetched together or asked one by one', () => {
		const together = {text};
		prefetchTokens(together, paragraphs);
		const oneByOne = {text};
		for (const paragraph of paragraphs) expect(tokensOf(together, paragraph)).toEqual(tokensOf(oneByOne, paragraph));
	});

	it('covers a paragraph with its words, offsets relative to the paragraph', () => {
		const doc = {text};
		const paragraph = paragraphs[1]!;
		const tokens = tokensOf(doc, paragraph);
		const line = text.slice(paragraph.start, paragraph.end);
		expect(tokens.map((token) => token.word).join('')).toBe(line);
		for (const token of tokens) expect(line.slice(token.start, token.end)).toBe(token.word);
		expect(tokens.map((token) => token.word)).toContain('在职职工');
	});

	it('cuts many texts at once into words that rebuild each text', () => {
		const texts = ['年初预算数为100万元', '', '研究研究'];
		const words = cutAll(texts);
		expect(words.map((each) => each.join(''))).toEqual(texts);
		expect(words[1]).toEqual([]);
	});
});
