// Regenerates dict/jieba.trimmed.utf8 from nodejieba's default dictionary.
// Why: the full dictionary (349k words) costs ~1 s and ~300 MB RSS per load; the words
// with frequency >= 30 (about 67k) load in ~150 ms and segment report prose the same way,
// because the domain terms come from dict/user.dict.utf8 anyway.
// It also writes dict/hmm.unused.utf8: jieba's HMM model with one emission per state. HMM is never
// used (words are cut without it), but the loader wants a model, and the default one costs ~40 ms.
// usage: node scripts/trim-dict.mjs [minFreq]
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const jieba = require('nodejieba');
const minFreq = Number(process.argv[2] ?? 30);
const lines = readFileSync(jieba.DEFAULT_DICT, 'utf8').split('\n');
const kept = lines.filter((line) => Number(line.split(' ')[1]) >= minFreq);
writeFileSync(new URL('../dict/jieba.trimmed.utf8', import.meta.url), `${kept.join('\n')}\n`);
console.log(`kept ${kept.length} of ${lines.length} words (freq >= ${minFreq})`);

// The HMM model's header, start and transition lines as they are; each emission line cut to its first entry.
let emissions = false;
const hmm = readFileSync(jieba.DEFAULT_HMM_DICT, 'utf8')
	.split('\n')
	.map((line) => {
		if (line.startsWith('#prob_emit')) emissions = true;
		return emissions && line.trim() && !line.startsWith('#') ? line.split(',')[0] : line;
	});
writeFileSync(new URL('../dict/hmm.unused.utf8', import.meta.url), hmm.join('\n'));
