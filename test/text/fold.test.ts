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
});
