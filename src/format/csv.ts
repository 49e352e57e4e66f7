/**
CSV for dashboards and spreadsheets: RFC 4180 quoting, CRLF rows, and a UTF-8 byte order mark so
that Excel opens Chinese text correctly.
*/

export const UTF8_BOM = '\ufeff';

export type CsvValue = string | number | boolean | null | undefined;

function quote(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: CsvValue[]): string {
	return values.map(quote).join(',') + '\r\n';
}
