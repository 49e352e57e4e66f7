/**
What jixiao knows about each file format, in one table: its names, how its first bytes (or, for a
container, its contents) prove it, and how its text is normalized. The schema's `source.format`
enum, the input filter of ingest and the sniffer all read this table; the readers are bound to it
in read/formats.ts (a test checks that every row has one).

Adding a format read directly is a row here, its reader under read/ and the reader's line in
read/formats.ts; a format LibreOffice converts (`via: {convertTo}`) is only a row.
*/

export const FORMAT_IDS = ['pdf', 'docx', 'xlsx', 'doc', 'wps', 'xls', 'et', 'image', 'txt'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** What proves a file's format beyond its name. */
export type Signature =
	/** The first bytes are this ASCII text. */
	| {kind: 'magic'; ascii: string}
	/** The first bytes are one of these byte sequences. */
	| {kind: 'bytes'; any: readonly (readonly number[])[]}
	/** A zip archive holding this entry (a DOCX holds word/document.xml). */
	| {kind: 'zip'; entry: string}
	/** An OLE compound file holding this stream (Word 97–2003 and WPS text: WordDocument; Excel and WPS sheets: Workbook). */
	| {kind: 'ole'; streams: readonly string[]}
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
	/** How its text is reached: read directly, or after LibreOffice converts it to the format named. */
	via: 'direct' | {convertTo: 'docx' | 'xlsx'};
};

const WORD_STREAMS = ['WordDocument'];
const SHEET_STREAMS = ['Workbook', 'Book'];

/** Rows sharing a signature (a .doc and a .wps are both WordDocument files) are told apart by extension, else the first wins. */
export const FORMAT_ROWS: readonly FormatRow[] = [
	{
		format: 'pdf',
		label: 'PDF',
		extensions: ['.pdf'],
		signature: {kind: 'magic', ascii: '%PDF-'},
		joinBrokenLines: true,
		via: 'direct',
	},
	{
		format: 'docx',
		label: 'DOCX',
		extensions: ['.docx', '.docm'],
		signature: {kind: 'zip', entry: 'word/document.xml'},
		joinBrokenLines: false,
		via: 'direct',
	},
	{
		format: 'xlsx',
		label: 'XLSX',
		extensions: ['.xlsx', '.xlsm'],
		signature: {kind: 'zip', entry: 'xl/workbook.xml'},
		joinBrokenLines: false,
		via: 'direct',
	},
	{
		format: 'doc',
		label: 'Word 97-2003 .doc',
		extensions: ['.doc'],
		signature: {kind: 'ole', streams: WORD_STREAMS},
		joinBrokenLines: false,
		via: {convertTo: 'docx'},
	},
	// WPS Writer saves .wps in the Word 97 binary format (an OLE file with a WordDocument stream).
	{
		format: 'wps',
		label: 'WPS .wps',
		extensions: ['.wps'],
		signature: {kind: 'ole', streams: WORD_STREAMS},
		joinBrokenLines: false,
		via: {convertTo: 'docx'},
	},
	{
		format: 'xls',
		label: 'Excel 97-2003 .xls',
		extensions: ['.xls'],
		signature: {kind: 'ole', streams: SHEET_STREAMS},
		joinBrokenLines: false,
		via: {convertTo: 'xlsx'},
	},
	// WPS Spreadsheets saves .et in the Excel 97 binary format (an OLE file with a Workbook stream).
	{
		format: 'et',
		label: 'WPS spreadsheet .et',
		extensions: ['.et'],
		signature: {kind: 'ole', streams: SHEET_STREAMS},
		joinBrokenLines: false,
		via: {convertTo: 'xlsx'},
	},
	// A scanned page photographed or saved as an image: read by OCR.
	{
		format: 'image',
		label: 'image',
		extensions: ['.png', '.jpg', '.jpeg', '.tif', '.tiff'],
		signature: {
			kind: 'bytes',
			any: [
				[0x89, 0x50, 0x4e, 0x47],
				[0xff, 0xd8, 0xff],
				[0x49, 0x49, 0x2a, 0x00],
				[0x4d, 0x4d, 0x00, 0x2a],
			],
		},
		joinBrokenLines: true,
		via: 'direct',
	},
	{
		format: 'txt',
		label: 'text',
		extensions: ['.txt', '.text', '.md'],
		signature: {kind: 'none'},
		joinBrokenLines: true,
		via: 'direct',
	},
];

/** Formats recognised by name but not read, with how a person names them. */
export const UNREAD_EXTENSIONS: Readonly<Record<string, string>> = {
	'.rtf': 'RTF',
	'.odt': 'OpenDocument .odt',
	'.ods': 'OpenDocument .ods',
	'.ppt': 'PowerPoint .ppt',
	'.pptx': 'PowerPoint .pptx',
};

export function formatRow(format: FormatId): FormatRow {
	return FORMAT_ROWS.find((row) => row.format === format)!;
}
