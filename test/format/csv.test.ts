import {describe, expect, it} from 'vitest';
import {csvRow} from '../../src/format/csv.js';

describe('csvRow', () => {
	it('defuses text a spreadsheet would run as a formula with a leading apostrophe', () => {
		const title = '=HYPERLINK("http://example.invalid","点击")局2025年度部门整体支出绩效自评报告';
		expect(csvRow([title])).toBe(
			`"'=HYPERLINK(""http://example.invalid"",""点击"")局2025年度部门整体支出绩效自评报告"\r\n`,
		);
		expect(csvRow(['+1+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx'])).toBe(`'+1+cmd,'-2+3,'@SUM(A1),'\tx,"'\rx"\r\n`);
	});

	it('keeps numbers, signed exact decimals and ordinary text as they are', () => {
		expect(csvRow([-5, '-12.50', '+3', 1929.81, '某局', null, 'a,b'])).toBe(`-5,-12.50,+3,1929.81,某局,,"a,b"\r\n`);
	});
});
