/**
Which numbered paragraphs are headings. A numbered line is a heading only when it reads like a
title: short, no sentence inside. "（1）产出指标情况：……" items, long numbered duty lists and
"一是…二是…" are body text. A run-in heading "（一）部门概况。本部门…" is split into title and body.
*/
import type {Paragraph} from '../document/doc-file.js';
import {readNumbering, type Numbering} from './numbering.js';

export type HeadingCandidate = {
	paragraph: Paragraph;
	numbering: Numbering | null;
	/** Normalized offsets of the title. */
	titleStart: number;
	titleEnd: number;
	title: string;
};

const MAX_TITLE = 40;
const MAX_RUN_IN_TITLE = 15;
/** Punctuation that never stands inside a title. */
const SENTENCE_PUNCTUATION = /[。;!?]/;

/** An amount with decimals never stands in a title: "八、其他收入341,011.00" is a table row's label and cell. */
const AMOUNT_IN_TITLE = /\d[\d,]*\.\d{2}/u;

/** Title of a numbered paragraph, or null when it reads as body text. */
function titleOf(rest: string): {length: number; title: string} | null {
	if (AMOUNT_IN_TITLE.test(rest)) return null;
	const colon = rest.search(/:/);
	if (colon !== -1 && colon < rest.length - 1) return null; // （1）产出指标情况：…… is an item
	if (!SENTENCE_PUNCTUATION.test(rest)) {
		const title = rest.replace(/:$/, '').trim();
		return title.length > 0 && title.length <= MAX_TITLE ? {length: title.length, title} : null;
	}
	// Run-in heading: a short title closed by 。 with body text after it.
	const stop = rest.indexOf('。');
	const title = rest.slice(0, stop);
	if (stop > 0 && stop <= MAX_RUN_IN_TITLE && !/[,;、]/.test(title) && rest.length > stop + 1) return {length: stop, title};
	return null;
}

/** Whether a line reads as a numbered heading (used before paragraphs exist, to keep headings unjoined). */
export function looksLikeHeading(line: string): boolean {
	const numbering = readNumbering(line);
	return numbering !== null && titleOf(line.slice(numbering.length)) !== null;
}

export function classifyParagraph(text: string, paragraph: Paragraph): HeadingCandidate | null {
	const line = text.slice(paragraph.start, paragraph.end);
	if (paragraph.kind !== 'text') return null;
	const numbering = readNumbering(line);
	if (!numbering) {
		// Unnumbered headings count only where the format declares them (DOCX heading styles).
		if (paragraph.headingLevel === null || line.length > MAX_TITLE) return null;
		return {paragraph, numbering: null, titleStart: paragraph.start, titleEnd: paragraph.end, title: line.trim()};
	}
	const rest = line.slice(numbering.length);
	const title = titleOf(rest);
	if (!title) return null;
	const titleStart = paragraph.start + numbering.length;
	return {paragraph, numbering, titleStart, titleEnd: titleStart + title.length, title: title.title};
}

/**
Numbered items that follow each other paragraph by paragraph in one style ((一)…(十三) duties) are a
list, not headings, when most of them read as sentences: one short item must not become a heading.
*/
export function dropListItems(text: string, paragraphs: Paragraph[], candidates: Map<Paragraph, HeadingCandidate>): void {
	let run: Paragraph[] = [];
	const flush = () => {
		const headings = run.filter((paragraph) => candidates.has(paragraph)).length;
		if (run.length >= 3 && headings * 2 < run.length) for (const paragraph of run) candidates.delete(paragraph);
		run = [];
	};
	let previousStyle: string | null = null;
	for (const paragraph of paragraphs) {
		const numbering = paragraph.kind === 'text' ? readNumbering(text.slice(paragraph.start, paragraph.end)) : null;
		if (!numbering || numbering.style !== previousStyle) flush();
		if (numbering) run.push(paragraph);
		previousStyle = numbering?.style ?? null;
	}
	flush();
}
