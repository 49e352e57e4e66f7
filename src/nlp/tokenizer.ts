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
import {isSeparator, maxProbabilityCut} from './max-probability-cut.js';
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

/** The word table this thread cuts with, built from the files if none was installed. */
function wordTable(): WordDictionary {
	dictionary ??= loadWordDictionary();
	return dictionary;
}

/** The word spans of each text, cut on this thread. */
function cutSpans(texts: string[]): Array<readonly number[]> {
	const table = wordTable();
	return texts.map((text) => maxProbabilityCut(table, text));
}

/** The words of `text` at `spans`, with offsets moved by `base` (where `text` stands in a longer one). */
function tokensOfSpans(text: string, spans: readonly number[], base = 0): Token[] {
	const tokens: Token[] = [];
	for (let at = 0; at < spans.length; at += 2) {
		const start = spans[at]!;
		const end = spans[at + 1]!;
		tokens.push({word: text.slice(start, end), start: base + start, end: base + end});
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

/** Each document's cut pieces by their start: the words of one piece, offsets into the document's text. */
const documentPieces = new WeakMap<object, Map<number, Token[]>>();

function pieceCache(doc: Doc): Map<number, Token[]> {
	let byStart = documentPieces.get(doc);
	if (!byStart) {
		byStart = new Map();
		documentPieces.set(doc, byStart);
	}
	return byStart;
}

/**
The words of the pieces of `span` that hold one of the offsets `at` (ascending), piece by piece in
text order, with offsets into the document's text. A cut splits its text at every separator (see
./max-probability-cut.ts) and cuts each piece on its own, so a piece's words are the same whether
the piece alone or its whole paragraph is cut; no word and no run of words without a separator in
it crosses from one piece into the next. A caller that can tell from the characters where its
words may be (a cue word, a repeated run) has only those pieces cut: in a typical report a third
of the text in paragraphs with figures. A piece is cut once per document, whoever asks: it is
kept by its start, which names it since a document's paragraphs are apart by a newline, itself a
separator (no two spans asked for share a piece).
*/
export function piecesAt(doc: Doc, span: Span, at: readonly number[]): Token[][] {
	const byStart = pieceCache(doc);
	const {text} = doc;
	const pieces: Token[][] = [];
	let pieceEnd = -1;
	for (const offset of at) {
		if (offset < pieceEnd) continue;
		let start = offset;
		while (start > span.start && !isSeparator(text.charCodeAt(start - 1))) start--;
		pieceEnd = offset;
		while (pieceEnd < span.end && !isSeparator(text.charCodeAt(pieceEnd))) pieceEnd++;
		let tokens = byStart.get(start);
		if (!tokens) {
			const piece = text.slice(start, pieceEnd);
			tokens = tokensOfSpans(piece, maxProbabilityCut(wordTable(), piece), start);
			byStart.set(start, tokens);
		}
		pieces.push(tokens);
		// The separator itself belongs to no piece.
		pieceEnd++;
	}
	return pieces;
}
