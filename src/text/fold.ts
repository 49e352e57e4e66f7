/**
Character folding that keeps one output character per input character, so positions survive:
full-width ASCII (１２３，．％（）) to half-width, odd spaces to a space, Kangxi radicals and CJK
radical look-alikes (⼀ → 一, ⻔ → 门) to the ideographs they imitate.
*/
import {isSurrogatePair} from './surrogates.js';

/** CJK Radicals Supplement look-alikes that NFKC leaves alone (U+2E80–U+2EFF). */
const RADICAL_LOOKALIKES: Record<string, string> = {
	'⺁': '厂',
	'⺇': '几',
	'⺌': '小',
	'⺍': '小',
	'⺎': '兀',
	'⺏': '尢',
	'⺐': '尢',
	'⺑': '尢',
	'⺒': '巳',
	'⺓': '幺',
	'⺔': '彑',
	'⺕': '彐',
	'⺖': '心',
	'⺗': '心',
	'⺘': '手',
	'⺙': '攵',
	'⺛': '旡',
	'⺝': '月',
	'⺟': '母',
	'⺠': '民',
	'⺡': '水',
	'⺢': '水',
	'⺣': '火',
	'⺤': '爪',
	'⺥': '爪',
	'⺦': '丬',
	'⺧': '牛',
	'⺨': '犬',
	'⺩': '王',
	'⺪': '疋',
	'⺫': '目',
	'⺬': '示',
	'⺭': '示',
	'⺮': '竹',
	'⺯': '糸',
	'⺰': '纟',
	'⺱': '网',
	'⺲': '网',
	'⺳': '网',
	'⺴': '网',
	'⺵': '网',
	'⺶': '羊',
	'⺷': '羊',
	'⺸': '羊',
	'⺹': '老',
	'⺺': '聿',
	'⺻': '聿',
	'⺼': '肉',
	'⺽': '臼',
	'⺾': '艸',
	'⺿': '艸',
	'⻀': '艸',
	'⻁': '虎',
	'⻂': '衣',
	'⻃': '覀',
	'⻄': '西',
	'⻅': '见',
	'⻆': '角',
	'⻇': '角',
	'⻈': '讠',
	'⻉': '贝',
	'⻋': '车',
	'⻌': '辶',
	'⻍': '辶',
	'⻎': '辶',
	'⻏': '邑',
	'⻐': '钅',
	'⻑': '長',
	'⻒': '镸',
	'⻓': '长',
	'⻔': '门',
	'⻕': '阜',
	'⻖': '阜',
	'⻗': '雨',
	'⻘': '青',
	'⻙': '韦',
	'⻚': '页',
	'⻛': '风',
	'⻜': '飞',
	'⻝': '食',
	'⻞': '食',
	'⻟': '食',
	'⻠': '饣',
	'⻡': '首',
	'⻢': '马',
	'⻣': '骨',
	'⻤': '鬼',
	'⻥': '鱼',
	'⻦': '鸟',
	'⻧': '卤',
	'⻨': '麦',
	'⻩': '黄',
	'⻪': '黾',
	'⻫': '齐',
	'⻬': '齐',
	'⻭': '齿',
	'⻮': '齿',
	'⻯': '龙',
	'⻰': '龙',
	'⻱': '龟',
	'⻲': '龟',
	'⻳': '龟',
};

/** Small-form and bracket variants seen in converted documents (石发﹝2019﹞8号). */
const VARIANTS: Record<string, string> = {
	'﹝': '〔',
	'﹞': '〕',
	'﹙': '(',
	'﹚': ')',
	'﹐': ',',
	'﹔': ';',
	'﹕': ':',
	〇: '〇',
};

/** ASCII and the ideograph blocks: characters foldChar never changes (its fast path, and foldText's). */
function foldKeeps(code: number): boolean {
	return (code >= 0x20 && code < 0x7f) || (code >= 0x3400 && code < 0xfe00);
}

/**
RADICAL_LOOKALIKES and VARIANTS by code unit (every key is one), the radicals first as foldChar always
read them: looked up by number, with no one-character string made to look it up with.
*/
const LOOKALIKE_BY_CODE = new Map<number, string>(
	[...Object.entries(VARIANTS), ...Object.entries(RADICAL_LOOKALIKES)].map(([from, to]) => [from.charCodeAt(0), to]),
);

/** What one UTF-16 code unit folds to, or null when it stays as it is. */
function foldedCode(code: number): string | null {
	if (foldKeeps(code)) return null;
	if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
	if (code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f)
		return ' ';
	if (code === 0x200b || code === 0xfeff) return ' ';
	if (code >= 0x2f00 && code <= 0x2fdf) return String.fromCharCode(code).normalize('NFKC');
	return LOOKALIKE_BY_CODE.get(code) ?? null;
}

export function foldChar(char: string): string {
	return foldedCode(char.charCodeAt(0)) ?? char;
}

/** Characters foldChar may change: all but ASCII and the ideograph blocks (the complement of foldKeeps). */
const MAY_FOLD = /[^\x20-\x7e\u3400-\ufdff]/u;

/**
Folds a whole string; same length as the input. Built from the runs between the characters that
change, not character by character: nearly every Chinese line holds a character that may fold (a
full-width comma), and one string per character was most of what normalizing a line allocated.
*/
export function foldText(text: string): string {
	if (!MAY_FOLD.test(text)) return text;
	let folded = '';
	let runStart = 0;
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (foldKeeps(code)) continue;
		// A surrogate pair is one character outside the BMP: it stays as it is.
		if (isSurrogatePair(code, text.charCodeAt(at + 1))) {
			at++;
			continue;
		}
		const replacement = foldedCode(code);
		if (replacement === null || (replacement.length === 1 && replacement.charCodeAt(0) === code)) continue;
		folded += text.slice(runStart, at) + replacement;
		runStart = at + 1;
	}
	return runStart === 0 ? text : folded + text.slice(runStart);
}

/** Han ideographs and CJK punctuation: text between which spaces carry no meaning. */
export function isCjk(char: string): boolean {
	const code = char.charCodeAt(0);
	return (
		(code >= 0x4e00 && code <= 0x9fff) ||
		(code >= 0x3400 && code <= 0x4dbf) ||
		(code >= 0x3000 && code <= 0x303f) ||
		(code >= 0x2018 && code <= 0x201d) ||
		code === 0x2014 ||
		code === 0x2026
	);
}

const HAN = /\p{Script=Han}/gu;

/** How many Chinese characters (Han script) a text holds. */
export function hanCount(text: string): number {
	return text.match(HAN)?.length ?? 0;
}
