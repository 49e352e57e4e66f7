/**
The words of a text: jieba's maximum-probability cut (./max-probability-cut.ts) over a trimmed
general dictionary plus the domain dictionary `dict/user.dict.utf8` (concept cue words, stage
words, unit names). It gives nodejieba's words, checked word for word against it
(test/nlp/max-probability-cut.test.ts), on the thread that asks: nodejieba itself would load its
dictionary twice per thread (its load() also builds a TextRank extractor with a trie of its own),
~200 ms and ~44 MB of native memory, which it never frees when a worker is terminated, so it had
to live in a thread of its own that the workers reached by a round trip (see README).

A process builds the table once: the worker pool builds it while its threads start and posts the
shared arrays to each (`installWordDictionary`); elsewhere (`--no-workers`, the library) the first
cut builds it from the files.
*/
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {maxProbabilityCut} from './max-probability-cut.js';
import {buildWordDictionary, type WordDictionary} from './word-dictionary.js';

export type Token = {word: string; start: number; end: number};

const DICT_DIR = fileURLToPath(new URL('../../dict/', import.meta.url));
let dictionary: WordDictionary | null = null;

function readDictionary(name: string): string {
	const path = DICT_DIR + name;
	try {
		return readFileSync(path, 'utf8');
	} catch {
		throw new Error(`Expected the tokenizer dictionary at ${path}, but it could not be read`);
	}
}

/** The word table from the dictionary files (~60–80 ms): the caller keeps it, the pool shares it. */
export function loadWordDictionary(): WordDictionary {
	return buildWordDictionary(readDictionary('jieba.trimmed.utf8'), readDictionary('user.dict.utf8'));
}

/** Makes this thread cut with a table built elsewhere (a worker, given the pool's). */
export function installWordDictionary(table: WordDictionary): void {
	dictionary = table;
}

/** The word spans of each text, cut on this thread. */
function cutSpans(texts: string[]): Int32Array[] {
	dictionary ??= loadWordDictionary();
	const table = dictionary;
	return texts.map((text) => maxProbabilityCut(table, text));
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

// Defined once, not per call: V8 keeps an arrow's optimized code only while it lives (src/text/by-start.ts).
const wordOf = (token: Token) => token.word;

/** The words of each text. */
export function cutAll(texts: string[]): string[][] {
	return cutSpans(texts).map((spans, index) => tokensOfSpans(texts[index]!, spans).map(wordOf));
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
Segments the paragraphs a caller is about to ask `tokensOf` for. Callers ask only for paragraphs
that can matter to them (with figures, or with a repeated run of characters): in a typical report
under half its text, so the rest is never segmented.
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
