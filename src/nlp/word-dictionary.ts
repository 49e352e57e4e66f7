/**
jieba's dictionary as a hash table of its words and of their prefixes, built the way cppjieba's
DictTrie builds its trie (nodejieba 3.5, submodules/cppjieba/include/cppjieba/DictTrie.hpp):

- each line of the main dictionary is `word frequency tag`; a word's weight is the natural log of
  its frequency over the sum of all the main dictionary's frequencies, summed in file order;
- a line of the user dictionary is `word`, `word tag` (weight: the median of the main weights) or
  `word frequency tag` (log of frequency over the same sum); other lines add nothing;
- a later line of the same word replaces the earlier one's weight (the trie's last insert wins);
- a character that is no word scores the lowest weight of the main dictionary.

A word is found by feeding its UTF-16 code units one by one to `stepHash` and asking `findEntry`
at each length: a prefix that is no word has an entry of weight NaN, so a caller walking a text
stops as soon as no entry starts with what it has read (where the trie has no child). The table is
typed arrays over the dictionary's own text: building it costs a pass over the file, no string per
word, and it is read without allocating (see ./max-probability-cut.ts). The arrays live in shared
memory, so that one thread builds the table and the file workers read that one copy (the worker
pool posts it to each: see src/jobs/worker-pool.ts).
*/
import {isSurrogatePair} from '../text/surrogates.js';

export type WordDictionary = {
	/** Open addressing: each slot holds an entry's index + 1, or 0 when empty. */
	readonly slots: Int32Array;
	readonly mask: number;
	/** Per entry: its hash, where its code units start in `chars`, how many, and its weight (NaN: only a prefix). */
	readonly hashes: Int32Array;
	readonly starts: Int32Array;
	readonly lengths: Int32Array;
	readonly weights: Float64Array;
	/** The dictionaries' text as UTF-16 code units: entries point into it. */
	readonly chars: Uint16Array;
	/** The weight of a character that is no word: the lowest of the main dictionary. */
	readonly minWeight: number;
	/**
	Each BMP character's entry, by its code: its weight, NaN if only a prefix, `NO_ENTRY` if no word
	starts with it. Every character of a text is looked up, most of them alone: an array read
	instead of a probe (512 KB).
	*/
	readonly singles: Float64Array;
};

/** In `singles`: no word starts with this character. */
export const NO_ENTRY = Number.POSITIVE_INFINITY;

/** Where the hash of an empty string starts (FNV-1a's offset basis). */
export const HASH_SEED = 0x811c9dc5 | 0;

/** The hash of a string extended by one UTF-16 code unit (FNV-1a). */
export function stepHash(hash: number, code: number): number {
	return Math.imul(hash ^ code, 0x01000193);
}

/** FNV-1a's low bits are weak on short keys; this spreads the whole hash over the slot index. */
function slotOf(hash: number, mask: number): number {
	const mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
	return (mixed ^ (mixed >>> 16)) & mask;
}

/** The entry of `text` from `start`, `length` code units long (hashed to `hash`), or -1. */
export function findEntry(dict: WordDictionary, hash: number, text: string, start: number, length: number): number {
	const {slots, mask, hashes, lengths, starts, chars} = dict;
	for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
		const held = slots[slot]!;
		if (held === 0) return -1;
		const entry = held - 1;
		if (hashes[entry] !== hash || lengths[entry] !== length) continue;
		const from = starts[entry]!;
		let same = true;
		for (let offset = 0; offset < length && same; offset++)
			same = chars[from + offset] === text.charCodeAt(start + offset);
		if (same) return entry;
	}
}

/** A dictionary's non-empty lines: each one's word (where it is in `chars`), frequency column (NaN when absent) and column count. */
type Lines = {
	count: number;
	wordStarts: Int32Array;
	wordEnds: Int32Array;
	frequencies: Float64Array;
	columns: Int32Array;
};

/**
Splits each non-empty line of a dictionary on spaces as cppjieba's loader does (limonp::Split: empty
columns count, except one after a trailing space). `offset` is where `text` sits in `chars`.
Typed arrays rather than an object per line: the main dictionary has ~67k lines.
*/
function readLines(text: string, offset: number): Lines {
	let capacity = 1;
	for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) capacity++;
	const lines: Lines = {
		count: 0,
		wordStarts: new Int32Array(capacity),
		wordEnds: new Int32Array(capacity),
		frequencies: new Float64Array(capacity),
		columns: new Int32Array(capacity),
	};
	for (let lineStart = 0; lineStart < text.length; ) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd === -1) lineEnd = text.length;
		if (lineEnd > lineStart) {
			let spaces = 0;
			let first = lineEnd;
			let second = lineEnd;
			for (let at = lineStart; at < lineEnd; at++) {
				if (text.charCodeAt(at) !== 32) continue;
				if (spaces === 0) first = at;
				else if (spaces === 1) second = at;
				spaces++;
			}
			const index = lines.count++;
			lines.wordStarts[index] = offset + lineStart;
			lines.wordEnds[index] = offset + first;
			lines.frequencies[index] = spaces >= 1 ? Number(text.slice(first + 1, second)) : Number.NaN;
			lines.columns[index] = spaces + 1 - (text.charCodeAt(lineEnd - 1) === 32 ? 1 : 0);
		}
		lineStart = lineEnd + 1;
	}
	return lines;
}

/** Builds the table from the main dictionary's text and the user dictionary's (jieba's formats, see above). */
export function buildWordDictionary(mainText: string, userText: string): WordDictionary {
	const text = `${mainText}\n${userText}`;
	const chars = new Uint16Array(new SharedArrayBuffer(text.length * 2));
	for (let at = 0; at < text.length; at++) chars[at] = text.charCodeAt(at);
	const main = readLines(mainText, 0);
	if (main.count === 0) throw new Error('Expected words in the main dictionary, but it is empty');
	let sum = 0;
	for (let index = 0; index < main.count; index++) {
		if (main.columns[index] !== 3) throw new Error('Expected "word frequency tag" on each line of the main dictionary');
		sum += main.frequencies[index]!;
	}
	const mainWeights = new Float64Array(main.count);
	for (let index = 0; index < main.count; index++) mainWeights[index] = Math.log(main.frequencies[index]! / sum);
	const sorted = mainWeights.slice().sort();
	const minWeight = sorted[0]!;
	const medianWeight = sorted[sorted.length >> 1]!;
	const user = readLines(userText, mainText.length + 1);

	// Every entry is a word or a prefix of one, so there are at most as many as code units in words.
	let bound = 0;
	for (const lines of [main, user])
		for (let index = 0; index < lines.count; index++) bound += lines.wordEnds[index]! - lines.wordStarts[index]!;
	let size = 1;
	while (size < bound * 2) size *= 2;
	const dict: WordDictionary = {
		slots: new Int32Array(new SharedArrayBuffer(size * 4)),
		mask: size - 1,
		hashes: new Int32Array(new SharedArrayBuffer(bound * 4)),
		starts: new Int32Array(new SharedArrayBuffer(bound * 4)),
		lengths: new Int32Array(new SharedArrayBuffer(bound * 4)),
		weights: new Float64Array(new SharedArrayBuffer(bound * 8)),
		chars,
		minWeight,
		singles: new Float64Array(new SharedArrayBuffer(0x10000 * 8)).fill(NO_ENTRY),
	};
	let entries = 0;

	/** The entry of chars[start, start + length), added as a bare prefix if it is not there yet. */
	function entryOf(hash: number, start: number, length: number): number {
		// `text` holds the same code units as `chars`: the lookup a cut makes finds it.
		const found = findEntry(dict, hash, text, start, length);
		if (found !== -1) return found;
		// Not there: the first free slot of its probe sequence takes it.
		let slot = slotOf(hash, dict.mask);
		while (dict.slots[slot] !== 0) slot = (slot + 1) & dict.mask;
		const entry = entries++;
		dict.slots[slot] = entry + 1;
		dict.hashes[entry] = hash;
		dict.starts[entry] = start;
		dict.lengths[entry] = length;
		dict.weights[entry] = Number.NaN;
		return entry;
	}

	function insert(wordStart: number, wordEnd: number, weight: number): void {
		if (wordEnd === wordStart) return;
		let hash = HASH_SEED;
		for (let at = wordStart; at < wordEnd; at++) {
			const code = chars[at]!;
			hash = stepHash(hash, code);
			// A prefix ends on a whole character: never between the two halves of a surrogate pair.
			const splitsPair = at + 1 < wordEnd && isSurrogatePair(code, chars[at + 1]!);
			if (at + 1 < wordEnd && !splitsPair) entryOf(hash, wordStart, at + 1 - wordStart);
		}
		dict.weights[entryOf(hash, wordStart, wordEnd - wordStart)] = weight;
	}

	for (let index = 0; index < main.count; index++)
		insert(main.wordStarts[index]!, main.wordEnds[index]!, mainWeights[index]!);
	for (let index = 0; index < user.count; index++) {
		const columns = user.columns[index]!;
		// A line of another shape adds nothing (cppjieba inserts an empty word, which its trie ignores).
		if (columns > 3) continue;
		const weight = columns === 3 ? Math.log(user.frequencies[index]! / sum) : medianWeight;
		insert(user.wordStarts[index]!, user.wordEnds[index]!, weight);
	}
	for (let entry = 0; entry < entries; entry++)
		if (dict.lengths[entry] === 1) dict.singles[chars[dict.starts[entry]!]!] = dict.weights[entry]!;
	return dict;
}
