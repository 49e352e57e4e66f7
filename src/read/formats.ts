/**
The format registry: one row per format, sniffed by magic bytes first and extension second
(a PDF named `.docx` is still read as PDF). Adding a format is one reader file plus one row.
*/
import {extname} from 'node:path';
import {DocumentLoadError} from '../errors.js';
import type {RawDocument} from '../document/doc-file.js';
import type {Format} from '../schema.js';
import {readTxt} from './txt.js';

export type FormatEntry = {
	format: Format;
	extensions: string[];
	/** True when the first bytes prove the format. */
	magic: (head: Uint8Array) => boolean;
	read: (bytes: Uint8Array) => Promise<RawDocument>;
};

const startsWith = (head: Uint8Array, ascii: string) =>
	[...ascii].every((char, index) => head[index] === char.charCodeAt(0));

const ZIP = (head: Uint8Array) => startsWith(head, 'PK\u0003\u0004');
const OLE = (head: Uint8Array) => [0xd0, 0xcf, 0x11, 0xe0].every((byte, index) => head[index] === byte);

/** Readers are loaded on first use so that a TXT run never pays for the DOCX or PDF reader. */
export const FORMATS: FormatEntry[] = [
	{
		format: 'pdf',
		extensions: ['.pdf'],
		magic: (head) => startsWith(head, '%PDF-'),
		read: async (bytes) => (await import('./pdf.js')).readPdf(bytes),
	},
	{
		format: 'docx',
		extensions: ['.docx'],
		magic: ZIP,
		read: async (bytes) => (await import('./docx.js')).readDocx(bytes),
	},
	{format: 'txt', extensions: ['.txt', '.text', '.md'], magic: () => false, read: readTxt},
];

/** Formats we recognise but cannot read, with what to do about them. */
const UNSUPPORTED: Record<string, string> = {
	'.doc': 'Word 97-2003 .doc',
	'.wps': 'WPS .wps',
	'.xls': 'Excel .xls',
	'.xlsx': 'Excel .xlsx',
	'.et': 'WPS spreadsheet .et',
	'.rtf': 'RTF',
	'.odt': 'OpenDocument .odt',
};

/**
Whether a file name is, or may be mistaken for, a report: one the registry reads or knows it cannot
read (and says why). Ingest skips every other name (images, .json, .DS_Store…) as not a report file.
*/
export function isReportName(name: string): boolean {
	const extension = extname(name).toLowerCase();
	return extension in UNSUPPORTED || FORMATS.some((entry) => entry.extensions.includes(extension));
}

/** Decides the format of a file from its first bytes and its name; throws for unsupported input. */
export function sniffFormat(bytes: Uint8Array, path: string): FormatEntry {
	const head = bytes.subarray(0, 8);
	const extension = extname(path).toLowerCase();
	if (OLE(head)) {
		// An encrypted DOCX/XLSX is an OLE container holding an "EncryptedPackage" stream.
		if (Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le')))
			throw new DocumentLoadError('encrypted', 'encrypted Office document (a password is needed to open it)');
		const what = UNSUPPORTED[extension] ?? 'an OLE compound document (.doc/.wps/.xls)';
		throw new DocumentLoadError('unsupported', `unsupported format: ${what}; convert to DOCX/PDF`);
	}
	const byMagic = FORMATS.find((entry) => entry.magic(head));
	if (byMagic) return byMagic;
	if (UNSUPPORTED[extension])
		throw new DocumentLoadError('unsupported', `unsupported format: ${UNSUPPORTED[extension]}; convert to DOCX/PDF`);
	const byExtension = FORMATS.find((entry) => entry.extensions.includes(extension));
	if (byExtension && byExtension.format !== 'txt') {
		if (bytes.length === 0) throw new DocumentLoadError('empty', 'empty file');
		throw new DocumentLoadError(
			'corrupt',
			`not a valid ${byExtension.format.toUpperCase()} file (its first bytes do not match)`,
		);
	}
	// Anything else is tried as text: the text reader refuses binary data with a reason.
	return FORMATS.find((entry) => entry.format === 'txt')!;
}
