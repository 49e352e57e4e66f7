/**
Every match of a pattern, without a new RegExp object per call. `String.prototype.matchAll` and
`new RegExp(source)` each build a regex object per call; on the per-paragraph paths of the analysis
that was measurable. These functions reuse one global copy per pattern and collect the matches
before returning, so no caller ever sees that copy's state (two loops over the same pattern cannot
interleave).
*/

const globalCopies = new WeakMap<RegExp, RegExp>();

/** The pattern itself when it is global, else one global copy of it kept for all calls. */
function globalOf(pattern: RegExp): RegExp {
	if (pattern.global) return pattern;
	let copy = globalCopies.get(pattern);
	if (!copy) {
		copy = new RegExp(pattern.source, `${pattern.flags}g`);
		globalCopies.set(pattern, copy);
	}
	return copy;
}

/** The matches of `pattern` in `text` from `from`, stopping at the first that starts at or after `to`. */
function collect(text: string, pattern: RegExp, from: number, to: number): RegExpExecArray[] {
	const regex = globalOf(pattern);
	const found: RegExpExecArray[] = [];
	regex.lastIndex = from;
	for (let match = regex.exec(text); match && match.index < to; match = regex.exec(text)) {
		// Zero-length matches would loop forever.
		if (match[0].length === 0) regex.lastIndex++;
		found.push(match);
	}
	regex.lastIndex = 0;
	return found;
}

/** Every match of `pattern` in `text`, as `matchAll` gives them. */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
	return collect(text, pattern, 0, text.length + 1);
}

/** Characters read before `from` (for one-character lookbehinds) and after `to` (a match may run past it). */
const BEFORE = 1;
const AFTER = 64;

/**
Matches of a pattern that start inside [from, to) of a long text, found by reading only a window
around the range. Running `exec` on the whole text from `from` would, when nothing matches before
`to`, scan on to the end of the document: per paragraph, that makes a document quadratic. Each
match has `index` relative to the whole text, as if `exec` had run on it.
*/
export function matchesIn(text: string, from: number, to: number, pattern: RegExp): RegExpExecArray[] {
	const base = Math.max(0, from - BEFORE);
	const window = text.slice(base, Math.min(text.length, to + AFTER));
	const found = collect(window, pattern, from - base, to - base);
	for (const match of found) match.index += base;
	return found;
}
