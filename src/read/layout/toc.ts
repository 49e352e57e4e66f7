/**
Tables of contents: the lines after 目录 up to the body's first heading (the body repeats the first
entry), and any line closed by leaders and a page number ("一、本部门职责……3",
"四、绩效自评结论————4", "… PAGEREF _Toc8401 \\h 3").
*/
import {SENTENCE_PUNCTUATION, type Layout} from './shared.js';

const TOC_TITLE = /^(?:[\u4e00-\u9fff]{0,8})目\s?录$/u;
/**
A TOC entry ends in leaders and a page number ("……3", "————4-8"), or in a Word TOC field left in the
text ("PAGEREF _Toc8401 \\h 3"). Read from the end of the line with short, end-anchored patterns:
a pattern that lets a leader run and a free run meet backtracks quadratically on a line of dots.
*/
const PAGE_AT_END = /\d{1,3}(?:\s?-\s?\d{1,3})?\s*$/u;
const LEADERS_AT_END = /(?:\.{3}|…{2}|·{3}|—{2}|-{4}|_{4})\s*$/u;
const TOC_FIELD_AT_END = /PAGEREF\s_Toc\d{1,12}\s\\?h\s?$/u;

function isTocEntry(line: string): boolean {
	const page = PAGE_AT_END.exec(line);
	if (!page) return false;
	const before = line.slice(Math.max(0, page.index - 40), page.index);
	return LEADERS_AT_END.test(before) || TOC_FIELD_AT_END.test(before);
}

/** An entry's words without its leaders and page number, for comparing with the body's heading. */
function stripToc(line: string): string {
	const page = PAGE_AT_END.exec(line);
	const words =
		page && isTocEntry(line)
			? line.slice(0, page.index).replace(/(?:PAGEREF\s_Toc\d+\s\\?h\s?|[.…·—\-_]+)\s*$/u, '')
			: line;
	return words.replace(/[\s　]/gu, '');
}

const MAX_TOC_ENTRIES = 60;

export function markToc(lines: string[], layout: Layout): void {
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!.trim();
		if (isTocEntry(line)) layout.toc.add(index);
		if (!TOC_TITLE.test(line.replace(/[\s　]/gu, ''))) continue;
		layout.toc.add(index);
		// The entries run until the body repeats the first of them, or until prose begins.
		let first: string | null = null;
		let count = 0;
		for (let next = index + 1; next < lines.length && count < MAX_TOC_ENTRIES; next++) {
			const entry = lines[next]!.trim();
			if (entry.length === 0) continue;
			const key = stripToc(entry);
			if (first !== null && key === first) break;
			if (entry.length > 60 || SENTENCE_PUNCTUATION.test(entry)) break;
			first ??= key;
			layout.toc.add(next);
			count++;
			index = next;
		}
	}
}
