/**
Matches of a global pattern that start inside [from, to) of a long text, found by reading only a
window around the range. Running `exec` on the whole text from `from` would, when nothing matches
before `to`, scan on to the end of the document: per paragraph, that makes a document quadratic.
*/

/** Characters read before `from` (for one-character lookbehinds) and after `to` (a match may run past it). */
const BEFORE = 1;
const AFTER = 64;

/** Each match has `index` relative to the whole text, as if `exec` had run on it. */
export function* matchesIn(text: string, from: number, to: number, pattern: RegExp): Generator<RegExpExecArray> {
	const base = Math.max(0, from - BEFORE);
	const window = text.slice(base, Math.min(text.length, to + AFTER));
	const local = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
	local.lastIndex = from - base;
	for (let match = local.exec(window); match && match.index + base < to; match = local.exec(window)) {
		const found = match;
		// Zero-length matches would loop forever.
		if (found[0].length === 0) local.lastIndex++;
		found.index += base;
		yield found;
	}
}
