/**
The one nodejieba instance of the process, loaded lazily with a trimmed general dictionary plus
the domain dictionary `dict/user.dict.utf8` (concept cue words, stage words, unit names).
Loading the default dictionary costs ~1 s and ~300 MB; the trimmed one ~150 ms (see README).
Worker threads share the process's copy: never load it per worker.
*/
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

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
		idfDict: dictPath('idf.utf8'),
		stopWordDict: dictPath('stop_words.utf8'),
	});
	jieba = loaded;
	return loaded;
}

/** Segments text into words with their offsets (relative to `text`). */
export function tokenize(text: string): Token[] {
	const words = loadTokenizer().cut(text, true);
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
