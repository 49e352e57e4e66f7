/**
Finds every figure in a stretch of normalized text by regex, as exact decimal strings (never
floats): 1,929.81万元, 57人, 64.4%, 3.4倍, 98.85分, 二十一人, 一千二百万元, 百分之六十四点四.
Years and dates are read by ./dates.ts first; their spans are skipped here.
*/
import type {FactKind} from '../schema.js';
import {CHINESE_NUMERAL_CHARS, chineseToDecimal} from '../text/chinese-numerals.js';
import {matchesIn} from '../text/window-matches.js';

export type NumberToken = {
	start: number;
	end: number;
	/** Exact decimal string, without thousands separators. */
	exact: string;
	decimals: number;
	value: number;
	unit: string | null;
	kind: FactKind;
	/** The number as written. */
	written: string;
};

/** Units, longest first; each maps to the kind of figure it makes. */
const UNITS: Array<[string, FactKind]> = [
	['万美元', 'amount'],
	['亿美元', 'amount'],
	['美元', 'amount'],
	['万元', 'amount'],
	['亿元', 'amount'],
	['元', 'amount'],
	['%', 'percent'],
	['倍', 'multiple'],
	['人次', 'count'],
	['人', 'headcount'],
	['名', 'headcount'],
	['位', 'headcount'],
	['个', 'count'],
	['家', 'count'],
	['项', 'count'],
	['次', 'count'],
	['场', 'count'],
	['批', 'count'],
	['件', 'count'],
	['户', 'count'],
	['所', 'count'],
	['期', 'count'],
	['平方米', 'quantity'],
	['平米', 'quantity'],
	['亩', 'quantity'],
	['公里', 'quantity'],
	['天', 'quantity'],
	['小时', 'quantity'],
	['分', 'score'],
];

const UNIT_PATTERN = UNITS.map(([unit]) => unit.replace('%', '%')).join('|');
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// A Chinese numeral starts with a digit or 十 (亿元, 百分制, 万元 are words, not figures).
const CHINESE = `[零〇一二两三四五六七八九十][${CHINESE_NUMERAL_CHARS}点]*`;
/**
A number, optionally followed by a unit. `分` counts only as a score (分钟, 分别, 分析 are words);
a Chinese numeral needs a unit, or 一般 and 三大 would become figures.

The leading lookahead names every character a figure can start with. It matches nothing the
alternatives would not, and lets the engine pass over the other characters (nearly all of a
text) at a glance instead of trying each alternative's lookbehind there: half the scan's time.
*/
const FIGURE = new RegExp(
	String.raw`(?=[\d百零〇一二两三四五六七八九十])(?:` +
		String.raw`(?<![\d.,])(?<arabic>${ARABIC})(?![\d])\s?(?<unit>${UNIT_PATTERN})?` +
		`|百分之(?<percent>${CHINESE})` +
		`|(?<![第${CHINESE_NUMERAL_CHARS}])(?<chinese>${CHINESE})(?<chineseUnit>${UNIT_PATTERN}))`,
	'gu',
);
const MAX_FIGURE_DIGITS = 30;
/** After these, 分 is part of a word, not a score unit. */
const NOT_SCORE_AFTER = /^[钟之别析类配批管工项期局支行布散摊解]/;

function exactOf(written: string): {exact: string; decimals: number} | null {
	const exact = /^[\d,.]+$/.test(written) ? written.replaceAll(',', '') : chineseToDecimal(written);
	if (exact === null) return null;
	const point = exact.indexOf('.');
	return {exact, decimals: point === -1 ? 0 : exact.length - point - 1};
}

function kindOf(unit: string | null): FactKind {
	return UNITS.find(([name]) => name === unit)?.[1] ?? 'quantity';
}

/** Scans `text` between `from` and `to`, skipping the spans in `skip` (years and dates). */
export function scanNumbers(text: string, from: number, to: number, skip: Array<[number, number]> = []): NumberToken[] {
	const tokens: NumberToken[] = [];
	for (const match of matchesIn(text, from, to, FIGURE)) {
		const start = match.index;
		if (skip.some(([skipStart, skipEnd]) => start < skipEnd && start + match![0].length > skipStart)) continue;
		const groups = match.groups!;
		let written = groups['arabic'] ?? groups['percent'] ?? groups['chinese']!;
		let unit = groups['unit'] ?? groups['chineseUnit'] ?? (groups['percent'] ? '%' : null);
		// 一千二百万元: the 万 belongs to the unit 万元, not to the numeral.
		if (groups['chinese'] && /[万亿]$/u.test(written) && (unit === '元' || unit === '美元')) {
			unit = written.slice(-1) + unit;
			written = written.slice(0, -1);
		}
		let end = start + match[0].length;
		if (unit === '分' && NOT_SCORE_AFTER.test(text.slice(end, end + 1))) {
			unit = null;
			end -= 1;
		}
		// A bare Chinese numeral is a word, not a figure (一般, 三大); a bare 年 after digits is a year, read elsewhere.
		if (groups['chinese'] && unit === null) continue;
		if (unit === null && text.slice(start - 1, start) === '第') continue; // 第9 is a rank, not a figure
		const parsed = exactOf(written);
		// Thirty digits is no amount any report holds: a run of digits like that is noise, and past
		// ~309 digits its value is Infinity, which no schema (or JSON) can carry.
		if (!parsed || parsed.exact.length > MAX_FIGURE_DIGITS) continue;
		tokens.push({
			start,
			end,
			...parsed,
			value: Number(parsed.exact),
			unit,
			kind: unit ? kindOf(unit) : 'quantity',
			written,
		});
	}
	return tokens;
}

/** 万元 per unit of CNY money; null for foreign currency. */
export const WAN_PER_UNIT: Record<string, string | null> = {
	万元: '1',
	亿元: '10000',
	元: '0.0001',
	万美元: null,
	亿美元: null,
	美元: null,
};
