/**
XLSX (and, after LibreOffice converts them, .xls and .et): each sheet that holds a report becomes
lines of the document model. A row with one filled cell is a line of text (a title, a caption, a
note); a row with more is a table row, cells joined by tab, so the same table extraction reads it
as a DOCX table. Merged cells keep their value in the first cell and leave the others empty, as a
DOCX grid span does. Numbers are shown as the sheet shows them: with their format's decimals,
thousands separators and percent sign; dates as 2024年4月24日. Each sheet is a page (`loc.page`).
Sheets with no report vocabulary are left out with a note.

The parts are read with the same bounded zip reader as DOCX and parsed with xmldom: a few hundred
lines we control instead of a spreadsheet package (the registry's SheetJS is an old version with
published prototype-pollution and ReDoS advisories; the maintained ones pull in many dependencies).
*/
import {emptyRawDocument, type RawDocument} from '../document/doc-file.js';
import {DocumentLoadError, type InputErrorReason} from '../errors.js';
import {noteOf} from '../messages/catalog.js';
import {child, children, type Element, parseXml} from './xml.js';
import {listEntries, openZipBuffer, readEntry} from './zip.js';

export const XLSX_LIMITS = {partBytes: 64 * 1024 * 1024, columns: 256, rows: 100_000} as const;

/** Words that show a sheet holds (part of) a performance report or self-evaluation table. */
const REPORT_WORDS = /绩效|自评|指标|预算|资金|得分|分值|执行率|评价/u;

const damaged = (message: string, reason: InputErrorReason = 'corrupt') =>
	new DocumentLoadError(reason, `not a readable XLSX (${message})`);

/** Every XML part of the workbook the reader uses, as text, by name. */
async function readParts(bytes: Uint8Array): Promise<Map<string, string>> {
	const zip = await openZipBuffer(bytes).catch((error: Error) => Promise.reject(damaged(error.message)));
	const texts = new Map<string, string>();
	try {
		for (const {name, entry} of await listEntries(zip).catch((error: Error) =>
			Promise.reject(damaged(error.message)),
		)) {
			if (
				!/^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/u.test(
					name,
				)
			)
				continue;
			const part = await readEntry(zip, entry, XLSX_LIMITS.partBytes).catch(
				(error: Error & {reason?: InputErrorReason}) =>
					Promise.reject(damaged(`${name}: ${error.message}`, error.reason)),
			);
			texts.set(name, new TextDecoder('utf-8').decode(part));
		}
	} finally {
		zip.close();
	}
	return texts;
}

function parsePart(texts: Map<string, string>, name: string): Element | null {
	const text = texts.get(name);
	if (text === undefined) return null;
	try {
		return parseXml(text);
	} catch (error) {
		throw damaged(`${name}: ${(error as Error).message}`);
	}
}

/** The text of a shared string or an inline string: its runs, without phonetic guides. */
function stringText(item: Element): string {
	const direct = child(item, 't');
	if (direct) return direct.textContent ?? '';
	return children(item, 'r')
		.map((run) => child(run, 't')?.textContent ?? '')
		.join('');
}

/** Built-in number formats (ECMA-376 §18.8.30) that are not General. */
const BUILT_IN_FORMATS: Record<number, string> = {
	1: '0',
	2: '0.00',
	3: '#,##0',
	4: '#,##0.00',
	9: '0%',
	10: '0.00%',
	11: '0.00E+00',
	14: 'yyyy/m/d',
	37: '#,##0 ;(#,##0)',
	38: '#,##0 ;[Red](#,##0)',
	39: '#,##0.00;(#,##0.00)',
	40: '#,##0.00;[Red](#,##0.00)',
	49: '@',
};
/** Built-in ids that are dates in every locale, Chinese ones included (27–36, 50–58). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

/** The format code of every cell style, by style index; null for General. */
function styleFormats(styles: Element | null): Array<{code: string | null; date: boolean}> {
	const custom = new Map<number, string>();
	for (const format of children(child(styles, 'numFmts'), 'numFmt'))
		custom.set(Number(format.getAttribute('numFmtId')), format.getAttribute('formatCode') || '');
	return children(child(styles, 'cellXfs'), 'xf').map((xf) => {
		const id = Number(xf.getAttribute('numFmtId') || '0');
		const code = custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null;
		const bare = (code ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '');
		return {code, date: DATE_FORMAT_IDS.has(id) || (custom.has(id) && /[ymd]/iu.test(bare) && !/[0#]/u.test(bare))};
	});
}

/** An Excel date serial (1900 system) as the reports write dates: 2024年4月24日. */
function dateText(serial: number): string {
	const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
	return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

function withThousands(fixed: string): string {
	const [whole, fraction] = fixed.split('.');
	const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
	return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A number as its cell shows it under its format code. */
function numberText(value: number, format: {code: string | null; date: boolean}): string {
	if (format.date) return dateText(value);
	const code = format.code;
	if (!code || code === '@' || /general/iu.test(code)) return String(Number(value.toPrecision(15)));
	const sections = code.split(';');
	const negative = value < 0;
	// A second section is how negatives are written (its own sign or parentheses).
	const section = (sections[negative && sections.length > 1 ? 1 : 0] ?? code).replace(/"[^"]*"|\[[^\]]*\]/gu, '');
	if (/E\+/iu.test(section)) return String(Number(value.toPrecision(15)));
	const decimals = /\.([0#?]+)/u.exec(section)?.[1]?.length ?? 0;
	const percent = section.includes('%');
	const fixed = Math.abs(percent ? value * 100 : value).toFixed(decimals);
	const shown = (section.includes(',') ? withThousands(fixed) : fixed) + (percent ? '%' : '');
	if (!negative) return shown;
	if (sections.length === 1 || section.includes('-')) return `-${shown}`;
	return section.includes('(') ? `(${shown})` : shown;
}

/** "AB12" → [row 11, column 27] (0-based). */
function cellAddress(reference: string): [number, number] | null {
	const match = /^([A-Z]{1,3})(\d{1,7})$/u.exec(reference);
	if (!match) return null;
	const column = [...match[1]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
	return [Number(match[2]) - 1, column];
}

type Grid = Map<number, Map<number, string>>;

/** The shown text of every filled cell of a sheet, row by row. */
function readGrid(sheet: Element, strings: string[], formats: ReturnType<typeof styleFormats>): Grid {
	const grid: Grid = new Map();
	const rows = children(child(sheet, 'sheetData'), 'row');
	for (const [rowOrder, row] of rows.entries()) {
		if (rowOrder >= XLSX_LIMITS.rows) break;
		const rowIndex = Number(row.getAttribute('r') || rowOrder + 1) - 1;
		let nextColumn = 0;
		for (const cell of children(row, 'c')) {
			const address = cellAddress(cell.getAttribute('r') || '');
			const column = address?.[1] ?? nextColumn;
			nextColumn = column + 1;
			if (column >= XLSX_LIMITS.columns) continue;
			// xmldom answers '' for an absent attribute.
			const type = cell.getAttribute('t') || 'n';
			const raw = child(cell, 'v')?.textContent ?? null;
			let text: string;
			if (type === 'inlineStr') text = stringText(child(cell, 'is') ?? cell);
			else if (raw === null) continue;
			else if (type === 's') text = strings[Number(raw)] ?? '';
			else if (type === 'b') text = raw === '1' ? 'TRUE' : 'FALSE';
			else if (type === 'n') {
				const value = Number(raw);
				const format = formats[Number(cell.getAttribute('s') || '0')] ?? {code: null, date: false};
				text = Number.isFinite(value) ? numberText(value, format) : raw;
			} else text = raw;
			text = text.replace(/[\t\r\n]+/gu, ' ').trim();
			if (text === '') continue;
			if (!grid.has(rowIndex)) grid.set(rowIndex, new Map());
			grid.get(rowIndex)!.set(column, text);
		}
	}
	return grid;
}

/**
Lines of one sheet: a row with one filled cell is text, one with more a tab-separated table row.
Rows start at the sheet's first filled column, so a cell left empty under a vertical merge keeps
its place.
*/
function sheetLines(grid: Grid): Array<{text: string; tableRow: boolean}> {
	const lines: Array<{text: string; tableRow: boolean}> = [];
	const start = Math.min(...[...grid.values()].flatMap((cells) => [...cells.keys()]));
	for (const rowIndex of [...grid.keys()].sort((a, b) => a - b)) {
		const cells = grid.get(rowIndex)!;
		const columns = [...cells.keys()].sort((a, b) => a - b);
		if (columns.length === 1) {
			lines.push({text: cells.get(columns[0]!)!, tableRow: false});
			continue;
		}
		const last = columns.at(-1)!;
		const row: string[] = [];
		for (let column = start; column <= last; column++) row.push(cells.get(column) ?? '');
		lines.push({text: row.join('\t'), tableRow: true});
	}
	return lines;
}

export async function readXlsx(bytes: Uint8Array): Promise<RawDocument> {
	const texts = await readParts(bytes);
	const workbook = parsePart(texts, 'xl/workbook.xml');
	if (!workbook) throw damaged('no xl/workbook.xml', 'unsupported');
	const relations = new Map(
		children(parsePart(texts, 'xl/_rels/workbook.xml.rels'), 'Relationship').map((relation) => [
			relation.getAttribute('Id') || '',
			(relation.getAttribute('Target') || '').replace(/^\/?(?:xl\/)?/u, 'xl/'),
		]),
	);
	const strings = children(parsePart(texts, 'xl/sharedStrings.xml'), 'si').map(stringText);
	const formats = styleFormats(parsePart(texts, 'xl/styles.xml'));
	const lines: Array<{text: string; tableRow: boolean; pageStart: boolean}> = [];
	const ignored: string[] = [];
	for (const sheet of children(child(workbook, 'sheets'), 'sheet')) {
		const name = sheet.getAttribute('name') || '';
		const target = relations.get(sheet.getAttribute('r:id') || '');
		const part = target ? parsePart(texts, target) : null;
		if (!part) continue;
		const rows = sheetLines(readGrid(part, strings, formats));
		if (rows.length === 0) continue;
		if (!rows.some((row) => REPORT_WORDS.test(row.text))) {
			ignored.push(name);
			continue;
		}
		for (const [index, row] of rows.entries()) lines.push({...row, pageStart: index === 0});
	}
	const raw = lines.map((line) => line.text).join('\n');
	const document = emptyRawDocument(raw);
	const pageStarts: number[] = [];
	let offset = 0;
	for (const [index, line] of lines.entries()) {
		if (line.pageStart) pageStarts.push(offset);
		if (line.tableRow) document.tableRows.add(index);
		offset += line.text.length + 1;
	}
	document.pageStarts = pageStarts.length > 0 ? pageStarts : null;
	if (ignored.length > 0) document.notes.push({...noteOf('sheets-ignored', {sheets: ignored.join('、')}), loc: null});
	if (lines.length === 0) document.notes.push({...noteOf('no-text-sheets', {}), loc: null});
	return document;
}
