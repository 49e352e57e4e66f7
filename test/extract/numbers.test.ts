import {describe, expect, it} from 'vitest';
import {scanNumbers} from '../../src/extract/numbers.js';
import {chineseToDecimal} from '../../src/text/chinese-numerals.js';
import {foldText} from '../../src/text/fold.js';

const scan = (text: string) =>
	scanNumbers(text, 0, text.length).map(({exact, unit, kind, decimals}) => ({exact, unit, kind, decimals}));

describe('scanNumbers', () => {
	it('reads thousands separators as exact decimal strings', () => {
		expect(scan('年终收入预算调整为1,929.81万元')).toEqual([
			{exact: '1929.81', unit: '万元', kind: 'amount', decimals: 2},
		]);
	});

	it('reads full-width digits once the text is folded', () => {
		expect(scan(foldText('满意度达９９．５％'))).toEqual([{exact: '99.5', unit: '%', kind: 'percent', decimals: 1}]);
	});

	it('reads 二十一人 as 21 people and 一千二百万元 as 1200 万元', () => {
		expect(scan('在职职工二十一人，项目资金一千二百万元')).toEqual([
			{exact: '21', unit: '人', kind: 'headcount', decimals: 0},
			{exact: '1200', unit: '万元', kind: 'amount', decimals: 0},
		]);
	});

	it('reads 百分之六十四点四 as 64.4%', () => {
		expect(scan('同比增长百分之六十四点四')).toEqual([{exact: '64.4', unit: '%', kind: 'percent', decimals: 1}]);
	});

	it('keeps written decimals, 0.00 included', () => {
		expect(scan('年初结转和结余0.00万元')).toEqual([{exact: '0.00', unit: '万元', kind: 'amount', decimals: 2}]);
	});

	it('reads multiples, scores and foreign currency', () => {
		expect(
			scan('人员增加3.4倍，综合得分为98.85分，利用外资1.73亿美元').map((token) => [
				token.exact,
				token.kind,
				token.unit,
			]),
		).toEqual([
			['3.4', 'multiple', '倍'],
			['98.85', 'score', '分'],
			['1.73', 'amount', '亿美元'],
		]);
	});

	it('does not read words as figures: 亿元以上, 百分制, 一般, 三大, 分别, 第9', () => {
		expect(scan('新签约亿元以上项目，采用百分制评分，一般公共预算，三大主导产业，全市排名第9')).toEqual([]);
		expect(scan('3分别为').filter((token) => token.kind === 'score')).toEqual([]);
	});
});

describe('chineseToDecimal', () => {
	it.each([
		['二〇二三', '2023'],
		['两千', '2000'],
		['十三', '13'],
		['一万二千', '12000'],
		['一千二百', '1200'],
		['六十四点四', '64.4'],
	])('reads %s as %s', (text, expected) => {
		expect(chineseToDecimal(text)).toBe(expected);
	});

	it('refuses malformed numerals', () => {
		expect(chineseToDecimal('二三十')).toBeNull();
		expect(chineseToDecimal('点五')).toBeNull();
	});
});
