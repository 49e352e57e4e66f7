/**
Chinese numerals → exact decimal strings. Handles 二十一, 一千二百, 两千, 一万二千, 二〇二三 (digit
by digit, as years are written) and 六十四点四. Returns null for anything it cannot read exactly.
*/

const DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
};
const SMALL_UNITS: Record<string, number> = {十: 10, 百: 100, 千: 1000};
const BIG_UNITS: Record<string, bigint> = {万: 10_000n, 亿: 100_000_000n};

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Reads the integer part of a Chinese numeral; null when malformed. */
function readInteger(text: string): bigint | null {
	if (text.length === 0) return null;
	// 二〇二三 / 一九九八: positional digits with no unit characters.
	if ([...text].every((char) => char in DIGITS)) {
		if (text.length === 1) return BigInt(DIGITS[text]!);
		if (text.includes('两')) return null;
		return BigInt([...text].map((char) => DIGITS[char]).join(''));
	}
	let total = 0n;
	let section = 0;
	let digit: number | null = null;
	for (const char of text) {
		if (char in DIGITS) {
			if (digit !== null && digit !== 0) return null; // 二三 inside a unit numeral
			digit = DIGITS[char]!;
		} else if (char in SMALL_UNITS) {
			// 十二 = 12: a bare 十 means 一十.
			section += (digit ?? 1) * SMALL_UNITS[char]!;
			digit = null;
		} else if (char in BIG_UNITS) {
			total = (total + BigInt(section + (digit ?? 0))) * BIG_UNITS[char]!;
			section = 0;
			digit = null;
		} else return null;
	}
	return total + BigInt(section + (digit ?? 0));
}

/** "六十四点四" → "64.4"; "二十一" → "21"; null when the text is not a numeral. */
export function chineseToDecimal(text: string): string | null {
	const [integerPart, fractionPart, extra] = text.split('点');
	if (extra !== undefined || integerPart === undefined) return null;
	const integer = readInteger(integerPart);
	if (integer === null) return null;
	if (fractionPart === undefined) return integer.toString();
	if (fractionPart.length === 0 || ![...fractionPart].every((char) => char in DIGITS)) return null;
	return `${integer}.${[...fractionPart].map((char) => DIGITS[char]).join('')}`;
}

/** A small integer such as a heading number (一 → 1, 十三 → 13); null when not a numeral. */
export function chineseToInteger(text: string): number | null {
	// One digit or 十, as most heading numbers are: read without the general parser (which every
	// numbered line of every report went through).
	if (text.length === 1) {
		if (Object.hasOwn(DIGITS, text)) return DIGITS[text]!;
		if (text === '十') return 10;
	}
	const decimal = chineseToDecimal(text);
	return decimal === null || decimal.includes('.') ? null : Number(decimal);
}
