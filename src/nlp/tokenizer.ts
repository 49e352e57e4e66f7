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
import {hasRemoteTokenizer, remoteCut} from './tokenizer-thread.js';

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
export function localCut(text: string): string[] {
	return loadTokenizer().cut(text, false);
}

/** nodejieba's words of each text: through the tokenizer thread in one round trip, else on this thread. */
export function cutAll(texts: string[]): string[][] {
	return hasRemoteTokenizer ? remoteCut(texts) : texts.map(localCut);
}

/** Segments text into words with their offsets (relative to `text`). */
function tokenize(text: string): Token[] {
	return tokensFromWords(text, hasRemoteTokenizer ? remoteCut([text])[0]! : localCut(text));
}

/** Words with their offsets in `text` (cut() keeps every character, so each word is found in order). */
function tokensFromWords(text: string, words: string[]): Token[] {
	const tokens: Token[] = [];
	let offset = 0;
	for (const word of words) {
		const start = text.indexOf(word, offset);
		if (start === -1) continue; // cannot happen for cut(), which keeps every character
		tokens.push({word, start, end: start + word.length});
		offset = start + word.length;
	}
	return tokens;
}

const paragraphTokens = new WeakMap<object, Map<number, Token[]>>();

/**
The words of one paragraph, relative to its start, segmented once however many stages ask. Callers
ask only for paragraphs that can matter to them (with figures, or with a repeated run of characters),
which in a typical report is a minority: on this thread, segmenting them alone is cheaper than the
whole text; through the tokenizer thread, the round trips cost more than the words.
*/
export function tokensOf(
	doc: {text: string; paragraphs?: ReadonlyArray<{start: number; end: number}>},
	paragraph: {start: number; end: number},
): Token[] {
	let byStart = paragraphTokens.get(doc);
	if (!byStart) {
		byStart = new Map();
		paragraphTokens.set(doc, byStart);
		// Through the tokenizer thread, every paragraph in one round trip: cheaper than one trip per paragraph.
		if (hasRemoteTokenizer && doc.paragraphs) {
			const texts = doc.paragraphs.map((each) => doc.text.slice(each.start, each.end));
			const words = remoteCut(texts);
			for (const [index, each] of doc.paragraphs.entries())
				byStart.set(each.start, tokensFromWords(texts[index]!, words[index]!));
		}
	}
	let tokens = byStart.get(paragraph.start);
	if (!tokens) {
		tokens = tokenize(doc.text.slice(paragraph.start, paragraph.end));
		byStart.set(paragraph.start, tokens);
	}
	return tokens;
}
