/**
Page images (a scanned report saved as PNG, JPEG or TIFF): read by OCR, every word with its
confidence; a multi-page TIFF is one document. Without Tesseract the file fails as
`ocr-unavailable`, naming the packages.
*/
import {emptyRawDocument, type OcrWord, type RawDocument} from '../document/doc-file.js';
import {noteOf} from '../messages/catalog.js';
import {ocrImage} from './ocr.js';

export async function readImage(bytes: Uint8Array, context: {deadline?: number} = {}): Promise<RawDocument> {
	const lines = await ocrImage(bytes, context.deadline);
	const words: OcrWord[] = [];
	let offset = 0;
	for (const line of lines) {
		for (const [start, end, confidence] of line.words) words.push([offset + start, offset + end, confidence]);
		offset += line.text.length + 1;
	}
	const document = emptyRawDocument(lines.map((line) => line.text).join('\n'));
	document.ocrWords = words;
	document.notes.push({...noteOf('ocr-image', {}), loc: null});
	return document;
}
