/**
Traditional → simplified folding for reports published in traditional characters (镇康縣勐堆鄉…
萬元, 實有, 決算), or mirrored through sites that convert them. OpenCC (opencc-js) does the
conversion; positions must survive, so a stretch whose conversion changes its length is converted
character by character instead.
*/
import {Converter} from 'opencc-js/t2cn';
import {codeUnitTable} from './code-unit-table.js';

/**
Characters that exist only in traditional writing and are frequent in these reports. A text needs
the converter only when it holds several of them: most reports hold none, and they skip the cost.
*/
const TRADITIONAL_MARKERS = '們個這國會為經費與業開關萬實決預門體績評報單發區縣鄉鎮員編類級項資際額財導務';
const MIN_MARKERS = 3;

/**
The markers by code unit (all in the BMP): every text is looked at, and a table read per character
costs a tenth of a regex over the text.
*/
const IS_MARKER = codeUnitTable(TRADITIONAL_MARKERS);

let convert: ((text: string) => string) | null = null;

function converter(): (text: string) => string {
	if (convert === null) convert = Converter({from: 't', to: 'cn'}) as (text: string) => string;
	return convert;
}

/** Whether a text is (partly) written in traditional characters. */
function looksTraditional(text: string): boolean {
	let count = 0;
	for (let at = 0; at < text.length; at++)
		if (IS_MARKER[text.charCodeAt(at)] === 1 && ++count >= MIN_MARKERS) return true;
	return false;
}

/** The text in simplified characters, with exactly one output character per input character. */
export function simplifyChinese(text: string): string {
	if (!looksTraditional(text)) return text;
	const toSimplified = converter();
	const whole = toSimplified(text);
	if (whole.length === text.length) return whole;
	let out = '';
	for (const char of text) {
		const simplified = toSimplified(char);
		out += simplified.length === char.length ? simplified : char;
	}
	return out;
}
