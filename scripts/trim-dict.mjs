// Regenerates dict/jieba.trimmed.utf8 from nodejieba's default dictionary (jieba's own, in nodejieba's
// cppjieba submodule). Why: the full dictionary has 349k words; the words with frequency >= 30 (about
// 67k) segment report prose the same way, because the domain terms come from dict/user.dict.utf8
// anyway, and their table builds in ~70 ms (src/nlp/word-dictionary.ts).
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
