/**
Tables by UTF-16 code unit, for the questions asked of every character of a text (is it a marker,
a sentence end, where a numbering starts): a typed-array read per character, where a regex test or a
one-character string would cost many times more.
*/

/** A table over all code units, `value` at each code unit of `chars` (each in the BMP), 0 elsewhere; written into `table` when given. */
export function codeUnitTable(chars: string, value = 1, table: Uint8Array = new Uint8Array(0x10000)): Uint8Array {
	for (let at = 0; at < chars.length; at++) table[chars.charCodeAt(at)] = value;
	return table;
}
