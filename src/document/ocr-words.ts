/**
Which text was read by OCR: a span of normalized text maps back to raw offsets, and the OCR words
there say how sure the recognizer was. A figure read by OCR may be a misread digit, so facts carry
it and findings built on it are softened.
*/
import type {DocFile} from './doc-file.js';
import {lastAtOrBefore, rawOffsetOf} from './loc.js';

const starts = new WeakMap<DocFile['ocrWords'], number[]>();

/** The lowest confidence (0–100) of the OCR words under a normalized span; null when none was read by OCR. */
export function ocrConfidence(doc: DocFile, start: number, end: number): number | null {
	const words = doc.ocrWords;
	if (words.length === 0) return null;
	let index = starts.get(words);
	if (!index) {
		index = words.map((word) => word[0]);
		starts.set(words, index);
	}
	const rawStart = rawOffsetOf(doc, start);
	const rawEnd = Math.max(rawStart + 1, rawOffsetOf(doc, Math.max(start, end - 1)) + 1);
	let lowest: number | null = null;
	for (let at = Math.max(0, lastAtOrBefore(index, rawStart)); at < words.length && words[at]![0] < rawEnd; at++) {
		const [, wordEnd, confidence] = words[at]!;
		if (wordEnd > rawStart) lowest = lowest === null ? confidence : Math.min(lowest, confidence);
	}
	return lowest;
}
