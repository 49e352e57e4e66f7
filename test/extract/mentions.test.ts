import {describe, expect, it} from 'vitest';
import {findMentions} from '../../src/extract/mentions.js';

/** A document of one paragraph per line, as the segmenter gives them. */
function paragraphsOf(text: string): Array<{start: number; end: number}> {
	const spans: Array<{start: number; end: number}> = [];
	let start = 0;
	for (const line of text.split('\n')) {
		spans.push({start, end: start + line.length});
		start += line.length + 1;
	}
	return spans;
}

const words = (text: string, mentions: ReturnType<typeof findMentions>) =>
	mentions.map((mention) => [mention.concept, text.slice(mention.start, mention.end)]);

describe('concept mentions', () => {
	it('are found in every sentence of a paragraph, at their offsets in the whole text', () => {
		const text = '一、部门概况\n本年度工作有序推进。年初预算收入合计120万元,基本支出80万元。 在职职工57人。';
		const paragraph = paragraphsOf(text)[1]!;
		expect(words(text, findMentions({text}, paragraph))).toEqual([
			['income.total', '收入合计'],
			['expenditure.basic', '基本支出'],
			['staff.actual.total', '在职职工'],
		]);
	});

	it('are matched on word boundaries: 编制数 is written in 编制数据 but is not its words', () => {
		const text = '认真编制数据报表,在职人员12人。';
		expect(words(text, findMentions({text}, {start: 0, end: text.length}))).toEqual([
			['staff.actual.total', '在职人员'],
		]);
	});

	it('are none where no cue word is written', () => {
		const text = '围绕中心工作,完成各项任务。';
		expect(findMentions({text}, {start: 0, end: text.length})).toEqual([]);
	});
});
