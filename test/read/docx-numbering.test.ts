import {describe, expect, it} from 'vitest';
import {chineseCounting, formatCounter, WordNumbering} from '../../src/read/docx/numbering.js';
import {parseXml} from '../../src/read/xml.js';

const NUMBERING_XML = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
 <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%4"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`;

describe('Word numbering', () => {
	it('counts per list and level, restarting deeper levels', () => {
		const numbering = new WordNumbering(parseXml(NUMBERING_XML));
		const labels = [[0], [1], [1], [2], [0], [1], [3]].map(([level]) => numbering.next('1', level!));
		expect(labels).toEqual(['一、', '（一）', '（二）', '1.', '二、', '（一）', '二.1']);
	});

	it('honours a start override and leaves unknown lists unnumbered', () => {
		const numbering = new WordNumbering(parseXml(NUMBERING_XML));
		expect(numbering.next('2', 0)).toBe('五、');
		expect(numbering.next('9', 0)).toBeNull();
	});

	it.each([
		[1, '一'],
		[10, '十'],
		[13, '十三'],
		[21, '二十一'],
		[105, '一百零五'],
		[110, '一百一十'],
	])('counts %i in Chinese as %s', (value, text) => {
		expect(chineseCounting(value)).toBe(text);
	});

	it('formats circled, full-width, letter and roman counters', () => {
		expect(formatCounter(3, 'decimalEnclosedCircle')).toBe('③');
		expect(formatCounter(12, 'decimalFullWidth')).toBe('１２');
		expect(formatCounter(2, 'lowerLetter')).toBe('b');
		expect(formatCounter(4, 'upperRoman')).toBe('IV');
		expect(formatCounter(2, 'ideographTraditional')).toBe('乙');
	});
});
