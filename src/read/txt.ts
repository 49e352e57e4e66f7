/**
Plain-text reader: detects the encoding (BOM, strict UTF-8, then GB18030, which covers GBK and
GB2312 of older archives) and refuses binary data with a reason.
*/
import {DocumentLoadError} from '../errors.js';
import {emptyRawDocument, type RawDocument} from '../document/doc-file.js';

type Decoded = {text: string; encoding: string};

const BOMS: Array<{bytes: number[]; encoding: string}> = [
	{bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8'},
	{bytes: [0xff, 0xfe], encoding: 'utf-16le'},
	{bytes: [0xfe, 0xff], encoding: 'utf-16be'},
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((byte, index) => bytes[index] === byte);
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
	try {
		return new TextDecoder(encoding, {fatal: true, ignoreBOM: false}).decode(bytes);
	} catch {
		return null;
	}
}

/** Share of characters that no text file holds: C0 controls other than tab, newlines and form feed. */
function controlShare(text: string): number {
	if (text.length === 0) return 0;
	let controls = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) controls++;
	}
	return controls / text.length;
}

/** Decodes report text bytes; throws DocumentLoadError('empty' | 'corrupt' | 'decode'). */
export function decodeText(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) throw new DocumentLoadError('empty', 'empty file');
	const bom = BOMS.find((candidate) => startsWith(bytes, candidate.bytes));
	let decoded: Decoded | null = null;
	if (bom) {
		const text = tryDecode(bytes.subarray(bom.bytes.length), bom.encoding);
		if (text === null) throw new DocumentLoadError('decode', `invalid ${bom.encoding} despite its byte order mark`);
		decoded = {text, encoding: bom.encoding};
	} else {
		const utf8 = tryDecode(bytes, 'utf-8');
		if (utf8 !== null) decoded = {text: utf8, encoding: 'utf-8'};
		else {
			const gb = tryDecode(bytes, 'gb18030');
			if (gb !== null && controlShare(gb) < 0.01) decoded = {text: gb, encoding: 'gb18030'};
		}
	}
	if (!decoded) {
		const lossy = new TextDecoder('utf-8').decode(bytes);
		if (controlShare(lossy) > 0.05) throw new DocumentLoadError('corrupt', 'binary data, not a text report');
		throw new DocumentLoadError('decode', 'bytes are neither UTF-8, UTF-16 nor GB18030/GBK text');
	}
	if (controlShare(decoded.text) > 0.01) throw new DocumentLoadError('corrupt', 'binary data, not a text report');
	if (decoded.text.trim().length === 0) throw new DocumentLoadError('empty', 'the file holds no text');
	return decoded;
}

/** Text tables: a line of `|`-separated cells becomes a table row (cells joined by tab). */
const PIPE_ROW = /^\s*\|(.*)\|\s*$/;

export async function readTxt(bytes: Uint8Array): Promise<RawDocument> {
	const {text, encoding} = decodeText(bytes);
	const raw = text.replace(/\r\n?/g, '\n');
	const document = emptyRawDocument(raw, encoding);
	raw.split('\n').forEach((line, index) => {
		if (line.includes('\t') || PIPE_ROW.test(line)) document.tableRows.add(index);
	});
	return document;
}
