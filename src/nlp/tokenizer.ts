/**
The one nodejieba instance of the process, loaded lazily with a trimmed general dictionary plus
the domain dictionary `dict/user.dict.utf8` (concept cue words, stage words, unit names).
Loading the default dictionary costs ~1 s and ~300 MB; the trimmed one ~150 ms (see README).
File workers never load it: they reach the process's one copy in the tokenizer thread
(./tokenizer-thread.ts), because nodejieba leaks its dictionary when a thread that loaded it is
terminated, and terminating a thread inside it aborts the process.
*/
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {hasRemoteTokenizer, remoteSpans} from './tokenizer-thread.js';

export type Token = {word: string; start: number; end: number};

type Jieba = {load: (options: Record<string, string>) => void; cut: (text: string, hmm?: boolean) => string[]};

const DICT_DIR = fileURLToPath(new URL('../../dict/', import.meta.url));
let jieba: Jieba | null = null;

function dictPath(name: string): string {
	const path = DICT_DIR + name;
	// nodejieba aborts the whole process on a missing dictionary file: check first.
	if (!existsSync(path)) throw new Error(`Expected the tokenizer dictionary at ${path}, but it is missing`);
	return path;
}

function loadTokenizer(): Jieba {
	if (jieba) return jieba;
	const loaded = createRequire(import.meta.url)('nodejieba') as Jieba;
	loaded.load({
		dict: dictPath('jieba.trimmed.utf8'),
		userDict: dictPath('user.dict.utf8'),
		// HMM is never used (cut without it, below): a model with one emission per state keeps the loader
		// happy and saves the ~40 ms its 0.5 MB default costs to parse.
		hmmDict: dictPath('hmm.unused.utf8'),
		idfDict: dictPath('idf.utf8'),
		stopWordDict: dictPath('stop_words.utf8'),
	});
	jieba = loaded;
	return loaded;
}

/** Loads the dictionaries now (~250 ms here), so that the first text does not wait for them. */
export function preloadTokenizer(): void {
	loadTokenizer();
}

/**
nodejieba's words of a text, on this thread. HMM is off: it only guesses words the dictionaries
lack (names), costs a third more, and figures are read by regex anyway.
*/
function localCut(text: string): string[] {
	return loadTokenizer().cut(text, false);
}

/**
Start and end offsets of each word of `text`, in pairs. cut() keeps every character, so each word
is found in order; one that were not would be left out rather than shift the rest.
*/
function wordSpans(text: string, words: string[]): Int32Array {
	const spans = new Int32Array(words.length * 2);
	let count = 0;
	let offset = 0;
	for (const word of words) {
		const start = text.indexOf(word, offset);
		if (start === -1) continue;
		spans[count++] = start;
		spans[count++] = start + word.length;
		offset = start + word.length;
	}
	return count === spans.length ? spans : spans.slice(0, count);
}

/** The word spans of a text, cut on this thread (the tokenizer thread answers with these). */
export function localSpans(text: string): Int32Array {
	return wordSpans(text, localCut(text));
}

/** The word spans of each text: through the tokenizer thread in one round trip, else on this thread. */
function cutSpans(texts: string[]): Int32Array[] {
	return hasRemoteTokenizer ? remoteSpans(texts) : texts.map(localSpans);
}

function tokensOfSpans(text: string, spans: Int32Array): Token[] {
	const tokens: Token[] = [];
	for (let at = 0; at < spans.length; at += 2) {
		const start = spans[at]!;
		const end = spans[at + 1]!;
		tokens.push({word: text.slice(start, end), start, end});
	}
	return tokens;
}

/** nodejieba's words of each text: through the tokenizer thread in one round trip, else on this thread. */
export function cutAll(texts: string[]): string[][] {
	return cutSpans(texts).map((spans, index) => tokensOfSpans(texts[index]!, spans).map((token) => token.word));
}

type Doc = {text: string};
type Span = {start: number; end: number};

/** Each document's tokens by paragraph start, relative to the paragraph. */
const paragraphTokens = new WeakMap<object, Map<number, Token[]>>();

function tokenCache(doc: Doc): Map<number, Token[]> {
	let byStart = paragraphTokens.get(doc);
	if (!byStart) {
		byStart = new Map();
		paragraphTokens.set(doc, byStart);
	}
	return byStart;
}

/**
Segments the paragraphs a caller is about to ask `tokensOf` for, in one round trip to the tokenizer
thread (a trip per paragraph costs more than the words). Callers ask only for paragraphs that can
matter to them (with figures, or with a repeated run of characters): in a typical report under half
its text, so the rest is never segmented.
*/
export function prefetchTokens(doc: Doc, paragraphs: readonly Span[]): void {
	const byStart = tokenCache(doc);
	const wanted = paragraphs.filter((paragraph) => !byStart.has(paragraph.start));
	if (wanted.length === 0) return;
	const texts = wanted.map((paragraph) => doc.text.slice(paragraph.start, paragraph.end));
	const spans = cutSpans(texts);
	for (const [index, paragraph] of wanted.entries())
		byStart.set(paragraph.start, tokensOfSpans(texts[index]!, spans[index]!));
}

/** The words of one paragraph, relative to its start, segmented once however many stages ask. */
export function tokensOf(doc: Doc, paragraph: Span): Token[] {
	const byStart = tokenCache(doc);
	if (!byStart.has(paragraph.start)) prefetchTokens(doc, [paragraph]);
	return byStart.get(paragraph.start)!;
}
