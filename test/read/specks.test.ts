import {describe, expect, it} from 'vitest';
import {linesOfTsv} from '../../src/read/ocr.js';

/** One line of Tesseract's TSV per word: [text, confidence], all on line `line` of block 1. */
const tsv = (lines: Array<Array<[string, number]>>) =>
	[
		'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
		...lines.flatMap((words, line) =>
			words.map(
				([text, confidence], index) => `5\t1\t1\t1\t${line + 1}\t${index + 1}\t0\t0\t10\t10\t${confidence}\t${text}`,
			),
		),
	].join('\n');

const texts = (lines: Array<Array<[string, number]>>) => linesOfTsv(tsv(lines)).map((line) => line.text);

describe('specks of a scan at the edges of OCR lines', () => {
	it('drop a doubtful single character at either end of a line', () => {
		expect(
			texts([
				[
					['固定资产原值', 92],
					['211.51', 93],
					['万元', 95],
					['，', 69],
					['无', 90],
					['和', 0],
				],
				[
					['形资产原值', 93],
					['56.59', 92],
					['万元', 96],
					['。', 93],
				],
			]),
		).toEqual(['固定资产原值 211.51 万元，无', '形资产原值 56.59 万元。']);
	});

	it('drop closing punctuation at the start of a line, where Chinese typesetting never sets it', () => {
		expect(
			texts([
				[
					['。', 55],
					['余', 66],
					['0.00', 91],
					['万元', 96],
					['。', 92],
				],
			]),
		).toEqual(['余 0.00 万元。']);
		expect(
			texts([
				[
					['，其中', 80],
					['基本支出', 95],
				],
			]),
		).toEqual(['其中基本支出']);
	});

	it('drop a stray mark stuck to a doubtful first word, and keep one Tesseract believes', () => {
		expect(
			texts([
				[
					['-万', 53],
					['元', 92],
					['。', 91],
				],
			]),
		).toEqual(['万元。']);
		expect(
			texts([
				[
					['-项目', 95],
					['支出', 96],
				],
			]),
		).toEqual(['-项目支出']);
	});

	it('keep what Tesseract believes, and a line of one word whatever its confidence', () => {
		expect(
			texts([
				[
					['合计', 95],
					['。', 92],
				],
				[['和', 0]],
			]),
		).toEqual(['合计。', '和']);
		expect(
			texts([
				[
					['（一）', 88],
					['项目', 93],
					['2', 4],
					['支出', 90],
				],
			]),
		).toEqual(['（一）项目 2 支出']);
	});
});
