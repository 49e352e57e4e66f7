/**
Tables of contents: the lines after 目录 up to the body's first heading (the body repeats the first
entry), and any line closed by leaders and a page number ("一、本部门职责……3",
"四、绩效自评结论————4", "… PAGEREF _Toc8401 \\h 3").
*/
import {SENTENCE_PUNCTUATION, type Layout} from './shared.js';

const TOC_TITLE = /^(?:[\u4e00-\u9fff]{0,8})目\s?录$/u;
/** Leaders and a page number closing a TOC entry, or a Word TOC field left in the text. */
const TOC_ENTRY = /(?:\.{3,}|…{2,}|·{3,}|—{2,}|-{4,}|_{4,}|PAGEREF\s+_Toc\d+)[^\u4e00-\u9fff]*\d{1,3}(?:\s?-\s?\d{1,3})?\s*$/u;
const MAX_TOC_ENTRIES = 60;
const stripToc = (line: string) => line.replace(TOC_ENTRY, '').replace(/[\s　]/gu, '');

export function markToc(lines: string[], layout: Layout): void {
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!.trim();
		if (TOC_ENTRY.test(line)) layout.toc.add(index);
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

