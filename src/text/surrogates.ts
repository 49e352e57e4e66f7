/** UTF-16 surrogate pairs: one character outside the BMP in two code units. */

/** Whether `code` and the unit after it (NaN past the end) are the two halves of one character. */
export function isSurrogatePair(code: number, next: number): boolean {
	return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}
