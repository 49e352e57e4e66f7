/**
@fileoverview An accidentally repeated word (企业企业).
*/
import {piecesAt} from '../nlp/tokenizer.js';
import {matchesIn} from '../text/window-matches.js';
import {defineRule} from './rule.js';

/**
Verbs whose ABAB reduplication is legitimate (研究研究 = "look into it"). AA reduplication such as
常常, 人人, 一一, 看看 never reaches this list: the tokenizer keeps those as one word.
*/
const REDUPLICATING_VERBS = new Set([
	'研究',
	'讨论',
	'学习',
	'商量',
	'考虑',
	'了解',
	'交流',
	'沟通',
	'整理',
	'锻炼',
	'休息',
	'活动',
	'检查',
	'比较',
	'介绍',
]);
/** Single characters that are never doubled on purpose in report prose. */
const DOUBLED_FUNCTION_WORDS = new Set(['的', '了', '在', '和', '与', '及', '对', '是', '将', '把', '被', '为']);
const HAN = /^[\u4e00-\u9fff]+$/u;
/**
Where a duplicated word can be, found before any cut: a run of two to four ideographs followed by
itself, or a doubled function word. A doubled single character that is no function word (紧紧, 常常)
is never flagged, so it no longer sends its sentence to the tokenizer. Words of five characters
and more are not looked for.
*/
const REPEATED_RUN = new RegExp(`([\\u4e00-\\u9fff]{2,4})\\1|([${[...DOUBLED_FUNCTION_WORDS].join('')}])\\2`, 'gu');

/** Where the repeated runs of a paragraph start. */
function repeatedRuns(text: string, paragraph: {start: number; end: number}): number[] {
	const runs: number[] = [];
	for (const match of matchesIn(text, paragraph.start, paragraph.end, REPEATED_RUN)) runs.push(match.index);
	return runs;
}

export default defineRule({
	meta: {
		id: 'duplicated-word',
		severity: 'warning',
		docs:
			'Uses the tokenizer: two identical consecutive words of two to four characters, or a doubled ' +
			'function word (的的, 了了), are flagged in prose (not across the cells of a table row). Legitimate ' +
			'reduplication is spared: AA forms the dictionary knows as one word (常常, 人人, 一一, 看看), ABAB verb ' +
			'reduplication (研究研究) and one-by-one forms (一个一个, 一步一步).',
		messages: {repeated: {}},
	},
	check({analysis, report}) {
		const {doc} = analysis;
		// Table cells and TOC entries are not prose: 项目执行 | 执行规范 side by side repeat nothing.
		// A loop, not a callback per call: see src/text/by-start.ts.
		for (const paragraph of doc.paragraphs) {
			if (paragraph.kind !== 'text') continue;
			const runs = repeatedRuns(doc.text, paragraph);
			if (runs.length === 0) continue;
			for (const tokens of piecesAt(doc, paragraph, runs))
				for (let index = 1; index < tokens.length; index++) {
					const previous = tokens[index - 1]!;
					const token = tokens[index]!;
					if (token.word !== previous.word || previous.end !== token.start || !HAN.test(token.word)) continue;
					// 一个一个, 一步一步, 一点一点: "one by one" reduplication of a numeral and classifier.
					const oneByOne = token.word.length === 2 && token.word.startsWith('一');
					const accidental =
						token.word.length >= 2
							? !REDUPLICATING_VERBS.has(token.word) && !oneByOne
							: DOUBLED_FUNCTION_WORDS.has(token.word);
					if (!accidental) continue;
					// 的的的…: the whole run of the word is one mistake, reported once.
					let last = index;
					while (tokens[last + 1]?.word === token.word && tokens[last + 1]!.start === tokens[last]!.end) last++;
					index = last;
					const {start} = previous;
					const {end} = tokens[last]!;
					report({
						messageId: 'repeated',
						data: {word: token.word, text: doc.text.slice(start, end)},
						evidence: [{start, end}],
						expected: token.word,
						actual: doc.text.slice(start, end),
					});
				}
		}
	},
});
