/**
The readers bound to the format table of src/formats.ts, and the sniffer that picks one for a file:
first bytes and container contents first, name second (a PDF named `.docx` is still read as PDF).
Readers are loaded on first use so that a TXT run never pays for the DOCX or PDF reader.
*/
import {extname} from 'node:path';
import type {RawDocument} from '../document/doc-file.js';
import {DocumentLoadError} from '../errors.js';
import {noteOf} from '../messages/catalog.js';
import {FORMAT_ROWS, type FormatId, type FormatRow, UNREAD_EXTENSIONS} from '../formats.js';
import type {OcrMode} from './pdf.js';
import {readTxt} from './txt.js';

/**
What a reader may need besides the bytes: when the file's time is up (a conversion must end
before), and whether the bytes are a converter's output.
*/
export type ReadContext = {deadline?: number; converted?: boolean; ocr?: OcrMode};

export type Reader = (bytes: Uint8Array, context?: ReadContext) => Promise<RawDocument>;

/** The readers of the formats read directly; the others are converted to one of these first. */
const DIRECT_READERS: Partial<Record<FormatId, Reader>> = {
	pdf: async (bytes, context) =>
		(await import('./pdf.js')).readPdf(bytes, {ocr: context?.ocr, deadline: context?.deadline}),
	image: async (bytes, context) => (await import('./image.js')).readImage(bytes, context),
	docx: async (bytes, context) => (await import('./docx.js')).readDocx(bytes, {converted: context?.converted}),
	xlsx: async (bytes) => (await import('./xlsx.js')).readXlsx(bytes),
	txt: readTxt,
};

/** A reader of what LibreOffice converts the file to. */
function converted(from: FormatId, to: 'docx' | 'xlsx', reader: Reader): Reader {
	return async (bytes, context) => {
		const {convertWithLibreOffice} = await import('./convert.js');
		const output = await convertWithLibreOffice(bytes, from, to, context?.deadline);
		const document = await reader(output, {...context, converted: true});
		document.notes.push({...noteOf('converted', {to}), loc: null});
		return document;
	};
}

/** The reader of a row: its own, or the converter's into a format read directly. */
export function readerOf(row: FormatRow): Reader {
	const direct = DIRECT_READERS[row.via === 'direct' ? row.format : row.via.convertTo];
	if (!direct) throw new Error(`Expected a reader for format ${row.format}`);
	return row.via === 'direct' ? direct : converted(row.format, row.via.convertTo, direct);
}

export type FormatEntry = FormatRow & {read: Reader};

const entryOf = (row: FormatRow): FormatEntry => ({...row, read: readerOf(row)});

/** Among rows that share a signature, the one the file's name asks for, else the first. */
const preferName = (rows: FormatRow[], extension: string) =>
	rows.find((row) => row.extensions.includes(extension)) ?? rows[0];

const startsWith = (head: Uint8Array, ascii: string) =>
	[...ascii].every((char, index) => head[index] === char.charCodeAt(0));

const ZIP_MAGIC = 'PK\u0003\u0004';
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
Whether a file name is, or may be mistaken for, a report: one the registry reads or knows it cannot
read (and says why). Ingest skips every other name (images, .json, .DS_Store…) as not a report file.
*/
export function isReportName(name: string): boolean {
	const extension = extname(name).toLowerCase();
	return extension in UNREAD_EXTENSIONS || FORMAT_ROWS.some((row) => row.extensions.includes(extension));
}

const unread = (what: string) =>
	new DocumentLoadError('unsupported', `unsupported format: ${what}; convert to DOCX/PDF`);

/** The names of a zip's entries, or null when it is not a readable zip (its reader will say why). */
async function zipEntryNames(bytes: Uint8Array): Promise<Set<string> | null> {
	const {openZipBuffer, listEntries} = await import('./zip.js');
	try {
		const zip = await openZipBuffer(bytes);
		try {
			return new Set((await listEntries(zip)).map((entry) => entry.name));
		} finally {
			zip.close();
		}
	} catch {
		return null;
	}
}

/** A zip archive: the format whose entry it holds; by name when it cannot be listed; else unsupported. */
async function sniffZip(bytes: Uint8Array, extension: string, byName: FormatRow | undefined): Promise<FormatRow> {
	const zipRows = FORMAT_ROWS.filter((row) => row.signature.kind === 'zip');
	const names = await zipEntryNames(bytes);
	if (!names) return byName ?? zipRows[0]!;
	const held = zipRows.filter((row) => row.signature.kind === 'zip' && names.has(row.signature.entry));
	if (held.length > 0) return preferName(held, extension)!;
	const expected = zipRows.map((row) => (row.signature.kind === 'zip' ? row.signature.entry : '')).join(', ');
	throw unread(`a zip archive holding none of ${expected} is not a ${zipRows.map((row) => row.label).join('/')}`);
}

/** The stream names an OLE compound file holds, as its directory spells them (UTF-16LE). */
const holdsStream = (bytes: Uint8Array, name: string) =>
	Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(`${name}\u0000`, 'utf16le'));

/** An OLE compound file: Word or WPS text, Excel or WPS sheets, an encrypted OOXML package, or unsupported. */
function sniffOle(bytes: Uint8Array, extension: string): FormatRow {
	// An encrypted DOCX/XLSX is an OLE container holding an "EncryptedPackage" stream.
	if (holdsStream(bytes, 'EncryptedPackage'))
		throw new DocumentLoadError('encrypted', 'encrypted Office document (a password is needed to open it)');
	const oleRows = FORMAT_ROWS.filter(
		(row) => row.signature.kind === 'ole' && row.signature.streams.some((stream) => holdsStream(bytes, stream)),
	);
	if (oleRows.length > 0) return preferName(oleRows, extension)!;
	const named = FORMAT_ROWS.find((row) => row.signature.kind === 'ole' && row.extensions.includes(extension));
	if (named?.signature.kind === 'ole')
		throw new DocumentLoadError(
			'corrupt',
			`not a readable ${named.label} (an OLE file without a ${named.signature.streams.join(' or ')} stream)`,
		);
	throw unread(UNREAD_EXTENSIONS[extension] ?? 'an OLE compound document that is neither Word, WPS nor Excel');
}

/** Decides the format of a file from its first bytes, its contents and its name; throws for unusable input. */
export async function sniffFormat(bytes: Uint8Array, path: string): Promise<FormatEntry> {
	const head = bytes.subarray(0, 8);
	const extension = extname(path).toLowerCase();
	const byName = FORMAT_ROWS.find((row) => row.extensions.includes(extension));
	if (OLE_MAGIC.every((byte, index) => head[index] === byte)) return entryOf(sniffOle(bytes, extension));
	const byMagic = FORMAT_ROWS.find(
		(row) =>
			(row.signature.kind === 'magic' && startsWith(head, row.signature.ascii)) ||
			(row.signature.kind === 'bytes' &&
				row.signature.any.some((prefix) => prefix.every((byte, index) => head[index] === byte))),
	);
	if (byMagic) return entryOf(byMagic);
	if (startsWith(head, ZIP_MAGIC)) return entryOf(await sniffZip(bytes, extension, byName));
	if (UNREAD_EXTENSIONS[extension]) throw unread(UNREAD_EXTENSIONS[extension]);
	if (byName && byName.signature.kind !== 'none') {
		if (bytes.length === 0) throw new DocumentLoadError('empty', 'empty file');
		throw new DocumentLoadError('corrupt', `not a valid ${byName.label} file (its first bytes do not match)`);
	}
	// Anything else is tried as text: the text reader refuses binary data with a reason.
	return entryOf(FORMAT_ROWS.find((row) => row.signature.kind === 'none')!);
}
