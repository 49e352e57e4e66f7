/**
CSV for dashboards and spreadsheets: RFC 4180 quoting, CRLF rows, and a UTF-8 byte order mark so
that Excel opens Chinese text correctly. Text that a spreadsheet would run as a formula is defused
as OWASP recommends ("CSV injection"): a cell starting with = + - @ tab or CR gets a leading
apostrophe. Numbers stay numbers; JSON, NDJSON and the databases keep the original text.
*/

export const UTF8_BOM = '\ufeff';

export type CsvValue = string | number | boolean | null | undefined;

/** First characters that make Excel, WPS or LibreOffice read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/u;
/** A signed number written as text (an exact decimal like "-12.50") is a number, not a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/u;
/** Characters that make a cell quoted (a module constant: a literal in the function is a new object per cell). */
const NEEDS_QUOTES = /[",\r\n]/u;

function quote(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text =
		typeof value === 'string' && FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : String(value);
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: CsvValue[]): string {
	return `${values.map(quote).join(',')}\r\n`;
}
