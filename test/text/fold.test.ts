import {describe, expect, it} from 'vitest';
import {foldChar, foldText} from '../../src/text/fold.js';

describe('foldText', () => {
	it('returns plain ASCII and ideograph text as it is', () => {
		const text = 'Budget 2023: 部门整体支出绩效自评报告';
		expect(foldText(text)).toBe(text);
	});

	it('folds every character as foldChar does, keeping the length', () => {
		const text = '１，９２９．８１万元（⼀）⻔\u00a0口﹝2019﹞𠀀';
		const folded = foldText(text);
		expect(folded).toBe('1,929.81万元(一)门 口〔2019〕𠀀');
		expect(folded).toHaveLength(text.length);
		expect([...text.slice(0, 12)].map(foldChar).join('')).toBe(folded.slice(0, 12));
	});

	it('folds exactly as foldChar does character by character, on random text', () => {
		// Characters that fold, that do not, a pair outside the BMP and lone surrogates.
		const alphabet = [
			'a',
			' ',
			'１',
			'，',
			'。',
			'⼀',
			'⻔',
			'\u00a0',
			'\u3000',
			'﹝',
			'口',
			'𠀀',
			'\ud800',
			'\udc00',
			'\u200b',
		];
		const byChar = (text: string) => [...text].map((char) => (char.length === 1 ? foldChar(char) : char)).join('');
		let state = 11;
		const random = () => {
			state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
			return state / 2 ** 32;
		};
		for (let round = 0; round < 5000; round++) {
			let text = '';
			for (let length = Math.floor(random() * 12); length > 0; length--)
				text += alphabet[Math.floor(random() * alphabet.length)];
			expect(foldText(text), JSON.stringify(text)).toBe(byChar(text));
		}
	});
});
