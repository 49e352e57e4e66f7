/**
How much of a text is words: the share of its Chinese characters that the dictionary finds inside
words of two or more characters. Chinese prose scores high; the same characters in an order no
writer chose (what a CJK font with a wrong Unicode map gives: every glyph a real character, the
wrong one) score low, since few chance pairs of characters are words. Measured on every page of
the seed and corpus PDFs and the corpus texts: 0.79 and up; the same pages' characters shuffled:
0.19 at most, 0.12 typically. Traditional characters are folded first (the dictionary is
simplified). A font's wrong map is wrong on the whole page, so the first 600 characters decide.
*/
import {hanCount} from '../text/fold.js';
import {simplifyChinese} from '../text/simplify.js';
import {cutAll} from './tokenizer.js';

const SAMPLE_CHARS = 600;

/** Fewer Chinese characters than this say too little (a page of figures, a short heading): null. */
export const MIN_HAN_FOR_SHARE = 60;

export function wordShares(texts: string[]): Array<number | null> {
	const samples = texts.map((text) => simplifyChinese(text.slice(0, SAMPLE_CHARS)));
	const counts = samples.map(hanCount);
	const words = cutAll(samples.filter((_, index) => counts[index]! >= MIN_HAN_FOR_SHARE));
	let next = 0;
	return samples.map((_, index) => {
		if (counts[index]! < MIN_HAN_FOR_SHARE) return null;
		return hanInLongWords(words[next++]!) / counts[index]!;
	});
}

/** Chinese characters in words of two or more characters (a loop: see src/text/by-start.ts). */
function hanInLongWords(words: string[]): number {
	let count = 0;
	for (const word of words) if ([...word].length >= 2) count += hanCount(word);
	return count;
}
