// Generates fixtures/office/: twins of corpus and seed documents in the formats archives hold
// besides DOCX and PDF. Word 97-2003 (.doc) twins are the DOCX documents converted by LibreOffice;
// .wps twins are the same bytes under the WPS name (WPS Writer saves .wps in the Word 97 binary
// format). Spreadsheet twins are made from corpus self-evaluation tables (their markup sources or TXT): an .xlsx
// written here (title row merged across, merged cells as the source marks them, numbers as number
// cells with the decimals and percent format they are written with, one sheet per page), an .xls
// converted from it by LibreOffice, and an .et with the .xls bytes (WPS Spreadsheets saves .et in
// the Excel 97 format). The outputs are committed: tests and CI do not need LibreOffice to read
// the .xlsx twins, only to read the .doc/.wps/.xls/.et ones.
//
// Needs: the Debian packages libreoffice-writer and libreoffice-calc.
// usage: node scripts/make-office-twins.mjs
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import JSZip from 'jszip';

const OUT = 'fixtures/office';
/** DOCX documents whose Word 97 twins are made: the seeds and corpus reports of several templates. */
const WORD_SOURCES = [
	'fixtures/docx/000_7584c7280180b575.docx',
	'fixtures/docx/002_bc18d932a785869a.docx',
	'fixtures/corpus/docs/d02-qu-fulian-2024.docx',
	'fixtures/corpus/docs/d08-chengan-shuili-zhengti-2019.docx',
];
/** Corpus sources of self-evaluation tables whose spreadsheet twins are made. */
const SHEET_SOURCES = [
	'fixtures/corpus/src/d05-huangshan-xiangmu-biao-2023.md',
	'fixtures/corpus/src/m01-qingshen-xiangmu-merged-2023.md',
	'fixtures/corpus/docs/c25-tangxi-xiangmu-2022.txt',
];

function soffice(args) {
	const profile = mkdtempSync(join(tmpdir(), 'twins-profile-'));
	try {
		execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, ...args], {
			stdio: 'ignore',
			timeout: 120_000,
		});
	} finally {
		rmSync(profile, {recursive: true, force: true});
	}
}

/** Converts a file with LibreOffice and returns the output's path. */
function convert(input, to, outdir) {
	soffice(['--convert-to', to, '--outdir', outdir, input]);
	return join(outdir, `${basename(input).replace(/\.[^.]+$/u, '')}.${to}`);
}

/** The corpus markup's lines as sheets: each sheet a list of rows, each row a list of cells. */
function sheetsOf(source) {
	const body = source.replace(/^---\n[\s\S]*?\n---\n/u, '');
	const sheets = [[]];
	for (const line of body.split('\n')) {
		const text = line.trim();
		if (!text) continue;
		if (text === '\\pagebreak') {
			sheets.push([]);
			continue;
		}
		if (text.startsWith('|'))
			sheets.at(-1).push(
				text
					.slice(1, -1)
					.split('|')
					.map((cell) => cell.trim()),
			);
		else sheets.at(-1).push([text.replace(/^#+\s*|^>>\s*/u, '')]);
	}
	return sheets.filter((rows) => rows.length > 0);
}

const columnName = (index) =>
	index < 26 ? String.fromCharCode(65 + index) : columnName(Math.floor(index / 26) - 1) + columnName(index % 26);
const escapeXml = (text) =>
	text.replace(/[<>&"]/gu, (char) => ({'<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;'})[char]);

/** Number formats the twins use, by id (164 on are custom ids). */
const FORMATS = ['0', '0.0', '0.00', '0.000', '#,##0.00', '0%', '0.0%', '0.00%'];

/** A cell: a number with the format that shows it as written, or text. */
function cellXml(reference, text) {
	const plain = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/u.exec(text);
	const percent = /^(-?\d+(?:\.\d+)?)%$/u.exec(text);
	if (plain || percent) {
		const written = (percent ? percent[1] : text).replace(/,/gu, '');
		const decimals = written.split('.')[1]?.length ?? 0;
		const code = percent
			? `0${decimals ? `.${'0'.repeat(decimals)}` : ''}%`
			: text.includes(',')
				? '#,##0.00'
				: `0${decimals ? `.${'0'.repeat(decimals)}` : ''}`;
		const style = FORMATS.indexOf(code) + 1;
		if (style > 0) {
			const value = percent ? Number(written) / 100 : Number(written);
			return `<c r="${reference}" s="${style}"><v>${value}</v></c>`;
		}
	}
	return `<c r="${reference}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
}

/** One sheet: rows of cells, with "^" (merged into the cell above) and "<" (into the cell on the left). */
function sheetXml(rows) {
	const width = Math.max(...rows.map((row) => row.length));
	const merges = [];
	const xmlRows = rows.map((row, rowIndex) => {
		const number = rowIndex + 1;
		// A one-cell line (a title or a caption) is merged across the table's width.
		if (row.length === 1 && width > 1) merges.push(`A${number}:${columnName(width - 1)}${number}`);
		const cells = [];
		row.forEach((text, column) => {
			if (text === '^' || text === '<') {
				const [fromRow, fromColumn] = text === '^' ? [rowIndex - 1, column] : [rowIndex, column - 1];
				merges.push(`${columnName(fromColumn)}${fromRow + 1}:${columnName(column)}${number}`);
				return;
			}
			if (text !== '') cells.push(cellXml(`${columnName(column)}${number}`, text));
		});
		return `<row r="${number}">${cells.join('')}</row>`;
	});
	const mergeXml = merges.length
		? `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
		: '';
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xmlRows.join('')}</sheetData>${mergeXml}</worksheet>`;
}

async function writeXlsx(sheets, path) {
	const zip = new JSZip();
	const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
	const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
	zip.file(
		'[Content_Types].xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
	);
	zip.file(
		'_rels/.rels',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
	);
	zip.file(
		'xl/workbook.xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${main}" xmlns:r="${relationships}"><sheets>${sheets.map((_, index) => `<sheet name="${index === 0 ? '自评表' : `自评表${index + 1}`}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets></workbook>`,
	);
	zip.file(
		'xl/_rels/workbook.xml.rels',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${relationships}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${relationships}/styles" Target="styles.xml"/></Relationships>`,
	);
	zip.file(
		'xl/styles.xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${main}"><numFmts count="${FORMATS.length}">${FORMATS.map((code, index) => `<numFmt numFmtId="${164 + index}" formatCode="${code}"/>`).join('')}</numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${FORMATS.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${FORMATS.map((_, index) => `<xf numFmtId="${164 + index}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`,
	);
	for (const [index, rows] of sheets.entries()) zip.file(`xl/worksheets/sheet${index + 1}.xml`, sheetXml(rows));
	writeFileSync(path, await zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE'}));
}

mkdirSync(OUT, {recursive: true});
const work = mkdtempSync(join(tmpdir(), 'twins-'));
try {
	for (const docx of WORD_SOURCES) {
		const name = basename(docx, '.docx');
		const doc = convert(docx, 'doc', work);
		copyFileSync(doc, join(OUT, `${name}.doc`));
		copyFileSync(doc, join(OUT, `${name}.wps`));
		console.log(`${name}: .doc .wps`);
	}
	for (const source of SHEET_SOURCES) {
		const name = basename(source).replace(/\.(?:md|txt)$/u, '');
		const xlsx = join(OUT, `${name}.xlsx`);
		await writeXlsx(sheetsOf(readFileSync(source, 'utf8')), xlsx);
		const xls = convert(xlsx, 'xls', work);
		copyFileSync(xls, join(OUT, `${name}.xls`));
		copyFileSync(xls, join(OUT, `${name}.et`));
		console.log(`${name}: .xlsx .xls .et`);
	}
} finally {
	rmSync(work, {recursive: true, force: true});
}
