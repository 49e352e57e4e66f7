/**
Which numbered paragraphs are headings. A numbered line is a heading only when it reads like a
title: short, no sentence inside. "（1）产出指标情况：……" items, long numbered duty lists and
"一是…二是…" are body text. A run-in heading "（一）部门概况。本部门…" is split into title and body.
*/
import type {Paragraph} from '../document/doc-file.js';
import {readNumbering, type Numbering} from '../text/numbering.js';
import {MAX_TITLE, titleOf} from '../text/heading-line.js';

export type HeadingCandidate = {
	paragraph: Paragraph;
	numbering: Numbering | null;
	/** Normalized offsets of the title. */
	titleStart: number;
	titleEnd: number;
	title: string;
};

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
export function dropListItems(
	text: string,
	paragraphs: Paragraph[],
	candidates: Map<Paragraph, HeadingCandidate>,
): void {
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
