/**
Word automatic numbering rebuilt into text. Chinese reports usually number their headings
(一、 （一） 1.) through numbering.xml, which text converters drop: we read each abstract
numbering's levels (numFmt, lvlText like "%1、" or "（%2）", start) and count per list instance
(numId) and level, restarting deeper levels when a shallower one advances.
*/
import {child, childValue, children, type Element} from '../xml.js';

/**
A list's start value as a count a report can reach: a hostile start of 10¹² would make a letter
label ("AAAA…") of billions of characters. Anything outside 0–32767 (Word's own range) starts at 1.
*/
function boundedStart(value: string | null): number {
	const start = Number(value ?? '1');
	return Number.isInteger(start) && start >= 0 && start <= 32767 ? start : 1;
}

type Level = {format: string; text: string; start: number; isLegal: boolean};
type NumberingDefinition = {levels: Map<number, Level>; starts: Map<number, number>};

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

/** 1 → 一, 10 → 十, 13 → 十三, 21 → 二十一, 105 → 一百零五 (chineseCounting / chineseCountingThousand). */
export function chineseCounting(value: number): string {
	if (value < 10) return ZH_DIGITS[value]!;
	if (value < 20) return `十${value % 10 === 0 ? '' : ZH_DIGITS[value % 10]}`;
	if (value < 100) return `${ZH_DIGITS[Math.floor(value / 10)]}十${value % 10 === 0 ? '' : ZH_DIGITS[value % 10]}`;
	if (value < 1000) {
		const rest = value % 100;
		return `${ZH_DIGITS[Math.floor(value / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${ZH_DIGITS[rest]}` : rest < 20 ? `一${chineseCounting(rest)}` : chineseCounting(rest)}`;
	}
	return String(value);
}

function roman(value: number): string {
	const table: Array<[number, string]> = [
		[1000, 'm'],
		[900, 'cm'],
		[500, 'd'],
		[400, 'cd'],
		[100, 'c'],
		[90, 'xc'],
		[50, 'l'],
		[40, 'xl'],
		[10, 'x'],
		[9, 'ix'],
		[5, 'v'],
		[4, 'iv'],
		[1, 'i'],
	];
	let rest = value;
	let text = '';
	for (const [amount, letters] of table)
		while (rest >= amount) {
			text += letters;
			rest -= amount;
		}
	return text;
}

/** Formats one counter in a w:numFmt. Unknown formats fall back to decimal. */
export function formatCounter(value: number, format: string): string {
	switch (format) {
		case 'chineseCounting':
		case 'chineseCountingThousand':
		case 'japaneseCounting':
		case 'taiwaneseCounting':
		case 'taiwaneseCountingThousand':
		case 'chineseLegalSimplified':
			return chineseCounting(value);
		case 'ideographTraditional':
			return HEAVENLY_STEMS[(value - 1) % 10]!;
		case 'decimalEnclosedCircle':
		case 'decimalEnclosedCircleChinese':
			return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : String(value);
		case 'decimalFullWidth':
		case 'decimalFullWidth2':
			return [...String(value)].map((digit) => String.fromCharCode(0xff10 + Number(digit))).join('');
		case 'decimalZero':
			return String(value).padStart(2, '0');
		case 'lowerLetter':
			return String.fromCharCode(96 + (((value - 1) % 26) + 1));
		case 'upperLetter':
			return String.fromCharCode(64 + (((value - 1) % 26) + 1));
		case 'lowerRoman':
			return roman(value);
		case 'upperRoman':
			return roman(value).toUpperCase();
		case 'bullet':
		case 'none':
			return '';
		default:
			return String(value);
	}
}

function readLevels(abstractNum: Element): Map<number, Level> {
	const levels = new Map<number, Level>();
	for (const level of children(abstractNum, 'w:lvl')) {
		const index = Number(level.getAttribute('w:ilvl') ?? '0');
		if (!Number.isInteger(index) || index < 0 || index > 8) continue; // Word has levels 0–8 only
		levels.set(index, {
			format: childValue(level, 'w:numFmt') ?? 'decimal',
			text: childValue(level, 'w:lvlText') ?? `%${index + 1}.`,
			start: boundedStart(childValue(level, 'w:start')),
			isLegal: child(level, 'w:isLgl') !== null,
		});
	}
	return levels;
}

export class WordNumbering {
	private readonly definitions = new Map<string, NumberingDefinition>();
	private readonly counters = new Map<string, number[]>();
	/** The counter each numId advances: its own, or with `shareIdenticalLists` one per identical definition. */
	private readonly counterKeys = new Map<string, string>();

	/**
	`shareIdenticalLists`: numbering instances with identical level definitions and no start override
	count as one list. LibreOffice's DOCX export splits one list of a .doc into several such
	instances while it renders them as one (一、 … 二、), so a converted file is read the way
	LibreOffice shows it. Word itself counts them apart, so a DOCX from Word is read without it.
	*/
	constructor(root: Element | null, options: {shareIdenticalLists?: boolean} = {}) {
		if (!root) return;
		const abstracts = new Map<string, Map<number, Level>>();
		for (const abstractNum of children(root, 'w:abstractNum'))
			abstracts.set(abstractNum.getAttribute('w:abstractNumId') ?? '', readLevels(abstractNum));
		for (const num of children(root, 'w:num')) {
			const levels = abstracts.get(childValue(num, 'w:abstractNumId') ?? '') ?? new Map<number, Level>();
			const starts = new Map<number, number>();
			for (const override of children(num, 'w:lvlOverride')) {
				const start = childValue(override, 'w:startOverride');
				if (start !== null) starts.set(Number(override.getAttribute('w:ilvl') ?? '0'), boundedStart(start));
			}
			const numId = num.getAttribute('w:numId') ?? '';
			this.definitions.set(numId, {levels, starts});
			const shared = options.shareIdenticalLists && starts.size === 0;
			this.counterKeys.set(numId, shared ? `levels:${JSON.stringify([...levels])}` : `num:${numId}`);
		}
	}

	/** Advances the counter of (numId, level) and returns the label, e.g. "（二）"; null when unnumbered. */
	next(numId: string, level: number): string | null {
		const definition = this.definitions.get(numId);
		const format = definition?.levels.get(level);
		if (!definition || !format || numId === '0') return null;
		const startOf = (index: number) => definition.starts.get(index) ?? definition.levels.get(index)?.start ?? 1;
		const key = this.counterKeys.get(numId) ?? `num:${numId}`;
		const counters = this.counters.get(key) ?? [];
		counters[level] = counters[level] === undefined ? startOf(level) : counters[level]! + 1;
		counters.length = level + 1; // deeper levels restart
		this.counters.set(key, counters);
		const label = format.text.replace(/%(\d)/gu, (_, digit: string) => {
			const index = Number(digit) - 1;
			const value = counters[index] ?? startOf(index);
			const levelFormat = format.isLegal ? 'decimal' : (definition.levels.get(index)?.format ?? 'decimal');
			return formatCounter(value, levelFormat);
		});
		return label.length > 0 ? label : null;
	}
}
