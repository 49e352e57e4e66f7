/**
Whether a stretch of text holds one to four Chinese characters followed at once by the same
characters (企业企业, 的的): what `/(\p{Script=Han}{1,4})\1/u` tests, as a loop over UTF-16 units.
The regex tries its four lengths and a back-reference at every position of every paragraph (~3 %
of the analysis); the loop rejects most positions on one comparison. A stretch with a character
outside the BMP (a surrogate pair: a rare ideograph of CJK extension B) goes to the regex itself,
whose {1,4} counts code points.
*/

const REPEATED_RUN = /(\p{Script=Han}{1,4})\1/u;
const HAN_CHAR = /^\p{Script=Han}$/u;

/** Per BMP code unit: 0 not asked yet, 1 Han, 2 not; filled on first sight by the regex's own class. */
const hanOfUnit = new Uint8Array(0x10000);

function isHanUnit(code: number): boolean {
	let known = hanOfUnit[code]!;
	if (known === 0) {
		known = HAN_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
		hanOfUnit[code] = known;
	}
	return known === 1;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** Whether text[from, to) holds a run of 1-4 Han characters repeated right after itself. */
export function hasRepeatedHanRun(text: string, from: number, to: number): boolean {
	for (let at = from; at < to; at++) {
		const code = text.charCodeAt(at);
		if (isSurrogate(code)) return REPEATED_RUN.test(text.slice(from, to));
		if (!isHanUnit(code)) continue;
		// Runs of 1 to 4 units from `at`, all Han, each compared with the units after it.
		for (let length = 1; length <= 4 && at + 2 * length <= to; length++) {
			const last = text.charCodeAt(at + length - 1);
			if (length > 1 && (isSurrogate(last) || !isHanUnit(last))) break;
			let same = true;
			for (let offset = 0; offset < length && same; offset++)
				same = text.charCodeAt(at + offset) === text.charCodeAt(at + length + offset);
			if (same) return true;
		}
	}
	return false;
}
