/**
Heading numbering of Chinese official documents (GB/T 9704-2012: 一、 → （一） → 1. → （1）, plus
第一章/第一节/第一部分). Text arrives width-folded, so （一） is matched as (一).
*/
import {chineseToInteger} from './chinese-numerals.js';
import {codeUnitTable} from './code-unit-table.js';

export type NumberingStyle = 'chapter' | 'section' | 'part' | 'zh' | 'paren-zh' | 'arabic' | 'paren-arabic' | 'circled';

export type Numbering = {
	style: NumberingStyle;
	value: number;
	/** The number in canonical form, used in section paths: 一, （一）, 1, （1）, 第一章. */
	canonical: string;
	/** Characters taken by the number, its delimiter and the spaces after it. */
	length: number;
};

const ZH = '[一二三四五六七八九十]{1,3}';
const ZH_BIG = '[一二三四五六七八九十百零〇两\\d]{1,4}';

/** One row per style; the order matters only where prefixes overlap (none do). */
const STYLES: Array<{style: NumberingStyle; pattern: RegExp; canonical: (number: string) => string}> = [
	// 第一章 总则
	{style: 'chapter', pattern: new RegExp(`^第(${ZH_BIG})章[、.:\\s]*`), canonical: (n) => `第${n}章`},
	// 第一节 部门概况
	{style: 'section', pattern: new RegExp(`^第(${ZH_BIG})节[、.:\\s]*`), canonical: (n) => `第${n}节`},
	// 第一部分 基本情况
	{style: 'part', pattern: new RegExp(`^第(${ZH_BIG})部分[、.:\\s]*`), canonical: (n) => `第${n}部分`},
	// 一、部门基本情况 (一. and 一． occur in converted files)
	{style: 'zh', pattern: new RegExp(`^(${ZH})\\s*[、.]\\s*`), canonical: (n) => n},
	// （一）部门概况 / (一)部门概况 / （一）、
	{style: 'paren-zh', pattern: new RegExp(`^\\(\\s*(${ZH})\\s*\\)\\s*[、.]?\\s*`), canonical: (n) => `（${n}）`},
	// 1.部门职能 / 1、部门职能 — but not 1817.89 or 2.5倍
	{style: 'arabic', pattern: /^(\d{1,2})\s*(?:、|\.(?!\d))\s*/, canonical: (n) => n},
	// （1）产出指标 / (1) 产出指标
	{style: 'paren-arabic', pattern: /^\(\s*(\d{1,2})\s*\)\s*[、.]?\s*/, canonical: (n) => `（${n}）`},
	// ① 第一项
	{style: 'circled', pattern: /^([①-⑳])\s*/, canonical: (n) => n},
];

function numberValue(text: string): number | null {
	if (/^\d+$/.test(text)) return Number(text);
	const circled = text.codePointAt(0)! - 0x2460;
	if (text.length === 1 && circled >= 0 && circled < 20) return circled + 1;
	return chineseToInteger(text);
}

/**
Per code unit, 1 where some style's pattern can start: 第, the Chinese digits, (, the Arabic digits
and the circled numbers. A line that starts with anything else (most lines) tries no pattern.
*/
const MAY_START = codeUnitTable('第一二三四五六七八九十(0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳');

/** Reads the numbering at the start of a (trimmed, width-folded) line; null when there is none. */
export function readNumbering(line: string): Numbering | null {
	if (line.length === 0 || MAY_START[line.charCodeAt(0)] === 0) return null;
	for (const {style, pattern, canonical} of STYLES) {
		const match = pattern.exec(line);
		if (!match) continue;
		const value = numberValue(match[1]!);
		if (value === null || value === 0) return null;
		return {style, value, canonical: canonical(match[1]!), length: match[0].length};
	}
	return null;
}
