/**
What jixiao knows about each file format, in one table: its names, how its first bytes (or, for a
container, its contents) prove it, and how its text is normalized. The schema's `source.format`
enum, the input filter of ingest and the sniffer all read this table; the readers themselves are
bound to it in read/formats.ts, which the compiler makes complete.

Adding a format is a row here, its reader under read/ and the reader's line in read/formats.ts.
*/

export const FORMAT_IDS = ['pdf', 'docx', 'txt'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** What proves a file's format beyond its name. */
export type Signature =
	/** The first bytes are this ASCII text. */
	| {kind: 'magic'; ascii: string}
	/** A zip archive holding this entry (a DOCX holds word/document.xml). */
	| {kind: 'zip'; entry: string}
	/** Nothing: plain text is what is left when no signature matches. */
	| {kind: 'none'};

export type FormatRow = {
	format: FormatId;
	/** How a person names it in a message. */
	label: string;
	extensions: readonly string[];
	signature: Signature;
	/**
	Whether a line break inside a sentence is layout to be joined (text and PDF wrap lines at a
	width) or a paragraph end the author made (DOCX paragraphs are never re-joined).
	*/
	joinBrokenLines: boolean;
};

export const FORMAT_ROWS: readonly FormatRow[] = [
	{
		format: 'pdf',
		label: 'PDF',
		extensions: ['.pdf'],
		signature: {kind: 'magic', ascii: '%PDF-'},
		joinBrokenLines: true,
	},
	{
		format: 'docx',
		label: 'DOCX',
		extensions: ['.docx'],
		signature: {kind: 'zip', entry: 'word/document.xml'},
		joinBrokenLines: false,
	},
	{
		format: 'txt',
		label: 'text',
		extensions: ['.txt', '.text', '.md'],
		signature: {kind: 'none'},
		joinBrokenLines: true,
	},
];

/** Formats recognised by name but not read, with how a person names them. */
export const UNREAD_EXTENSIONS: Readonly<Record<string, string>> = {
	'.doc': 'Word 97-2003 .doc',
	'.wps': 'WPS .wps',
	'.xls': 'Excel .xls',
	'.xlsx': 'Excel .xlsx',
	'.et': 'WPS spreadsheet .et',
	'.rtf': 'RTF',
	'.odt': 'OpenDocument .odt',
};

export function formatRow(format: FormatId): FormatRow {
	return FORMAT_ROWS.find((row) => row.format === format)!;
}
