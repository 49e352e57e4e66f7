import {describe, expect, it} from 'vitest';
import {cutAll, piecesAt} from '../../src/nlp/tokenizer.js';

const text = '本部门年初预算收入1817.89万元。\n在职职工57人，退休人员12人。我们要认真研究研究这个问题 和那个问题。';
const lines = text.split('\n');
const paragraphs = lines.map((line, index) => {
	const start = lines.slice(0, index).reduce((sum, before) => sum + before.length + 1, 0);
	return {start, end: start + line.length};
});

/** Every offset of a span, so that every piece of it is asked for. */
const everyOffset = (span: {start: number; end: number}) =>
	Array.from({length: span.end - span.start}, (_, index) => span.start + index);

describe('tokenizer', () => {
	it('cuts pieces into the words a cut of the whole paragraph gives, offsets into the text', () => {
		const paragraph = paragraphs[1]!;
		const line = text.slice(paragraph.start, paragraph.end);
		const whole = cutAll([line])[0]!;
		const pieces = piecesAt({text}, paragraph, everyOffset(paragraph));
		// The separators (，。 and the space) stand between the pieces and belong to none.
		const separators = new Set(['，', '。', ' ']);
		expect(pieces.flat().map((token) => token.word)).toEqual(whole.filter((word) => !separators.has(word)));
		for (const token of pieces.flat()) expect(text.slice(token.start, token.end)).toBe(token.word);
		expect(pieces.flat().map((token) => token.word)).toContain('在职职工');
		expect(pieces.map((piece) => piece.map((token) => token.word).join(''))).toEqual([
			'在职职工57人',
			'退休人员12人',
			'我们要认真研究研究这个问题',
			'和那个问题',
		]);
	});

	it('cuts only the pieces asked for, once each, however many offsets fall in one', () => {
		const doc = {text};
		const paragraph = paragraphs[1]!;
		const at = text.indexOf('退休');
		const pieces = piecesAt(doc, paragraph, [at, at + 2, at + 4]);
		expect(pieces.map((piece) => piece.map((token) => token.word).join(''))).toEqual(['退休人员12人']);
		// Asked again, the same piece comes from the document's cache.
		expect(piecesAt(doc, paragraph, [at])[0]).toBe(pieces[0]);
	});

	it('keeps a piece inside its paragraph', () => {
		const first = paragraphs[0]!;
		const pieces = piecesAt({text}, first, [first.end - 3]);
		expect(pieces.map((piece) => piece.map((token) => token.word).join(''))).toEqual(['本部门年初预算收入1817.89万元']);
	});

	it('cuts many texts at once into words that rebuild each text', () => {
		const texts = ['年初预算数为100万元', '', '研究研究'];
		const words = cutAll(texts);
		expect(words.map((each) => each.join(''))).toEqual(texts);
		expect(words[1]).toEqual([]);
	});
});
