/**
The readers bound to the format table of src/formats.ts, and the sniffer that picks one for a file:
first bytes and container contents first, name second (a PDF named `.docx` is still read as PDF).
Readers are loaded on first use so that a TXT run never pays for the DOCX or PDF reader.
*/
import {extname} from 'node:path';
import type {RawDocument} from '../document/doc-file.js';
import {DocumentLoadError} from '../errors.js';
import {FORMAT_ROWS, type FormatId, type FormatRow, UNREAD_EXTENSIONS} from '../formats.js';
import {readTxt} from './txt.js';

export type Reader = (bytes: Uint8Array) => Promise<RawDocument>;

/** One reader per format: a format row without a reader does not compile. */
const READERS: Record<FormatId, Reader> = {
	pdf: async (bytes) => (await import('./pdf.js')).readPdf(bytes),
	docx: async (bytes) => (await import('./docx.js')).readDocx(bytes),
	txt: readTxt,
};

export type FormatEntry = FormatRow & {read: Reader};

const entryOf = (row: FormatRow): FormatEntry => ({...row, read: READERS[row.format]});

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
async function sniffZip(bytes: Uint8Array, byName: FormatRow | undefined): Promise<FormatRow> {
	const zipRows = FORMAT_ROWS.filter((row) => row.signature.kind === 'zip');
	const names = await zipEntryNames(bytes);
	if (!names) return byName ?? zipRows[0]!;
	const held = zipRows.find((row) => row.signature.kind === 'zip' && names.has(row.signature.entry));
	if (held) return held;
	const expected = zipRows.map((row) => (row.signature.kind === 'zip' ? row.signature.entry : '')).join(', ');
	throw unread(`a zip archive holding none of ${expected} is not a ${zipRows.map((row) => row.label).join('/')}`);
}

/** Decides the format of a file from its first bytes, its contents and its name; throws for unusable input. */
export async function sniffFormat(bytes: Uint8Array, path: string): Promise<FormatEntry> {
	const head = bytes.subarray(0, 8);
	const extension = extname(path).toLowerCase();
	const byName = FORMAT_ROWS.find((row) => row.extensions.includes(extension));
	if (OLE_MAGIC.every((byte, index) => head[index] === byte)) {
		// An encrypted DOCX/XLSX is an OLE container holding an "EncryptedPackage" stream.
		if (Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le')))
			throw new DocumentLoadError('encrypted', 'encrypted Office document (a password is needed to open it)');
		throw unread(UNREAD_EXTENSIONS[extension] ?? 'an OLE compound document (.doc/.wps/.xls)');
	}
	const byMagic = FORMAT_ROWS.find((row) => row.signature.kind === 'magic' && startsWith(head, row.signature.ascii));
	if (byMagic) return entryOf(byMagic);
	if (startsWith(head, ZIP_MAGIC)) return entryOf(await sniffZip(bytes, byName));
	if (UNREAD_EXTENSIONS[extension]) throw unread(UNREAD_EXTENSIONS[extension]);
	if (byName && byName.signature.kind !== 'none') {
		if (bytes.length === 0) throw new DocumentLoadError('empty', 'empty file');
		throw new DocumentLoadError('corrupt', `not a valid ${byName.label} file (its first bytes do not match)`);
	}
	// Anything else is tried as text: the text reader refuses binary data with a reason.
	return entryOf(FORMAT_ROWS.find((row) => row.signature.kind === 'none')!);
}
