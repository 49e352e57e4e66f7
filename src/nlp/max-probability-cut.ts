/**
jieba's maximum-probability cut without HMM, as cppjieba does it (nodejieba's `cut(text, false)`:
MixSegment → PreFilter → MPSegment::Cut, in nodejieba 3.5's submodules/cppjieba):

1. the text is split before and after each separator (space, tab, newline, ，and 。), and each
   separator is a word of its own;
2. within a piece, every way of covering it with dictionary words (a character that is no word
   standing alone, at the lowest weight) is scored by the sum of its words' weights, and the best
   wins. It is found right to left: the best from each character on is the best over the words
   that start there, shortest first, of the word's weight plus the best after it; a later word
   replaces an earlier one only when strictly better, as cppjieba's `val > weight` does.

Characters are code points, as cppjieba's runes are: a surrogate pair is one character. The words
come back as start and end offsets into the text, in pairs; together they cover it, in order.
test/nlp/max-probability-cut.test.ts checks it against nodejieba word for word.
*/
import {isSurrogatePair} from '../text/surrogates.js';
import {findEntry, HASH_SEED, NO_ENTRY, stepHash, type WordDictionary} from './word-dictionary.js';

/** cppjieba's MAX_WORD_LENGTH, in characters. */
const MAX_WORD_LENGTH = 512;

/** Where a cut splits its text: each separator is a word of its own, and the pieces between are cut apart. */
export function isSeparator(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 0xff0c || code === 0x3002;
}

/** Scratch arrays reused from piece to piece (a cut runs on one thread, start to end, and never re-enters). */
let offsets = new Int32Array(256);
let best = new Float64Array(256);
let choice = new Int32Array(256);

function ensureScratch(characters: number): void {
	if (offsets.length > characters + 1) return;
	const size = 2 ** Math.ceil(Math.log2(characters + 2));
	offsets = new Int32Array(size);
	best = new Float64Array(size);
	choice = new Int32Array(size);
}

/** Offsets of each character of text[from, to) and of its end, into `offsets`; returns how many characters. */
function characterOffsets(text: string, from: number, to: number): number {
	ensureScratch(to - from);
	let count = 0;
	for (let at = from; at < to; count++) {
		offsets[count] = at;
		at += at + 1 < to && isSurrogatePair(text.charCodeAt(at), text.charCodeAt(at + 1)) ? 2 : 1;
	}
	offsets[count] = to;
	return count;
}

/** The best cut of text[from, to) (no separator inside), appended to `spans`. */
function cutPiece(dict: WordDictionary, text: string, from: number, to: number, spans: number[]): void {
	const count = characterOffsets(text, from, to);
	const {weights, minWeight, singles} = dict;
	best[count] = 0;
	for (let first = count - 1; first >= 0; first--) {
		const start = offsets[first]!;
		let hash = HASH_SEED;
		let entry: number;
		let single: number;
		if (offsets[first + 1]! - start === 1) {
			// Most characters: straight from the table of single characters, no probe.
			const code = text.charCodeAt(start);
			single = singles[code]!;
			entry = single === NO_ENTRY ? -1 : 0;
			hash = stepHash(hash, code);
		} else {
			for (let at = start; at < offsets[first + 1]!; at++) hash = stepHash(hash, text.charCodeAt(at));
			entry = findEntry(dict, hash, text, start, offsets[first + 1]! - start);
			single = entry === -1 ? NO_ENTRY : weights[entry]!;
		}
		let bestValue = best[first + 1]! + (single === NO_ENTRY || Number.isNaN(single) ? minWeight : single);
		let bestLength = 1;
		// Longer words from here, while some word still starts with what has been read.
		for (let end = first + 2; entry !== -1 && end <= count && end - first <= MAX_WORD_LENGTH; end++) {
			for (let at = offsets[end - 1]!; at < offsets[end]!; at++) hash = stepHash(hash, text.charCodeAt(at));
			entry = findEntry(dict, hash, text, start, offsets[end]! - start);
			if (entry === -1) break;
			const weight = weights[entry]!;
			if (Number.isNaN(weight)) continue;
			const value = best[end]! + weight;
			if (value > bestValue) {
				bestValue = value;
				bestLength = end - first;
			}
		}
		best[first] = bestValue;
		choice[first] = bestLength;
	}
	for (let first = 0; first < count; first += choice[first]!)
		spans.push(offsets[first]!, offsets[first + choice[first]!]!);
}

/** The words of `text` as start and end offsets in pairs. */
export function maxProbabilityCut(dict: WordDictionary, text: string): readonly number[] {
	const spans: number[] = [];
	let pieceStart = 0;
	for (let at = 0; at < text.length; at++) {
		if (!isSeparator(text.charCodeAt(at))) continue;
		if (at > pieceStart) cutPiece(dict, text, pieceStart, at, spans);
		spans.push(at, at + 1);
		pieceStart = at + 1;
	}
	if (text.length > pieceStart) cutPiece(dict, text, pieceStart, text.length, spans);
	// As it is: a typed copy cost more to make than it saved to read (the caller reads it once).
	return spans;
}
