import {describe, expect, it} from 'vitest';
import {linesOfTsv} from '../../src/read/ocr.js';

/**
Tesseract's TSV for lines written as "word:confidence word:confidence …", one string per line.
*/
function tsv(lines: string[]): string {
	const rows = lines.flatMap((line, index) =>
		line.split(' ').map((word, position) => {
			const [text, confidence] = word.split(':');
			return `5\t1\t1\t1\t${index + 1}\t${position + 1}\t0\t0\t10\t10\t${confidence}\t${text}`;
		}),
	);
	return [
		'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
		...rows,
	].join('\n');
}

describe('specks of a scan at the edges of OCR lines', () => {
	it.each([
		[
			'a doubtful single character at the end of a line is dropped',
			['固定资产原值:92 211.51:93 万元:95 ，:69 无:90 和:0', '形资产原值:93 56.59:92 万元:96 。:93'],
			['固定资产原值 211.51 万元，无', '形资产原值 56.59 万元。'],
		],
		[
			'closing punctuation at the start of a line, where Chinese typesetting never sets it, is dropped',
			['。:55 余:66 0.00:91 万元:96 。:92', '，其中:80 基本支出:95'],
			['余 0.00 万元。', '其中基本支出'],
		],
		['a stray mark stuck to a doubtful first word is dropped', ['-万:53 元:92 。:91'], ['万元。']],
		['a stray mark Tesseract believes stays', ['-项目:95 支出:96'], ['-项目支出']],
		['punctuation Tesseract believes at the end stays', ['合计:95 。:92'], ['合计。']],
		['a line of one word stays, whatever its confidence', ['和:0'], ['和']],
		['a doubtful character inside a line stays', ['（一）:88 项目:93 2:4 支出:90'], ['（一）项目 2 支出']],
	])('%s', (_, lines, expected) => {
		expect(linesOfTsv(tsv(lines)).map((line) => line.text)).toEqual(expected);
	});
});
