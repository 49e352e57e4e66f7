/**
Whether a numbered line reads like a title: short, no sentence inside. "（1）产出指标情况：……" items
and amounts are body text; a run-in heading "（一）部门概况。本部门…" has a short title closed by 。.
Pure string work, shared by normalization (which keeps heading lines unjoined before paragraphs
exist) and segmentation (which builds the tree).
*/
import {readNumbering} from './numbering.js';

export const MAX_TITLE = 40;
const MAX_RUN_IN_TITLE = 15;
/** Punctuation that never stands inside a title. */
const SENTENCE_PUNCTUATION = /[。;!?]/;

/** An amount with decimals never stands in a title: "八、其他收入341,011.00" is a table row's label and cell. */
const AMOUNT_IN_TITLE = /\d[\d,]*\.\d{2}/u;

/** Title of a numbered paragraph, or null when it reads as body text. */
export function titleOf(rest: string): {length: number; title: string} | null {
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
	if (stop > 0 && stop <= MAX_RUN_IN_TITLE && !/[,;、]/.test(title) && rest.length > stop + 1)
		return {length: stop, title};
	return null;
}

/** Whether a line reads as a numbered heading (used before paragraphs exist, to keep headings unjoined). */
export function looksLikeHeading(line: string): boolean {
	const numbering = readNumbering(line);
	return numbering !== null && titleOf(line.slice(numbering.length)) !== null;
}
