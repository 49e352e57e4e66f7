/**
Decimal-exact arithmetic with the contract's rounding policy (XBRL Calculations 1.1, round to
nearest): a figure written with d decimals stands for v ± ½·10⁻ᵈ; an integer inside a breakdown is
exact. A sum is consistent when the parts' interval and the total's interval share a point.
*/
import Big from 'big.js';

export type Figure = {exact: string; decimals: number};

export type SumVerdict = 'exact' | 'rounding' | 'mismatch';

/** Half a unit of the last written digit; 0 for integers (exact by policy). */
function halfUnit(figure: Figure): Big {
	return figure.decimals === 0 ? new Big(0) : new Big(5).times(new Big(10).pow(-(figure.decimals + 1)));
}

/** The same figure with the opposite sign, keeping its written decimals. */
export function negate(figure: Figure): Figure {
	return {exact: figure.exact.startsWith('-') ? figure.exact.slice(1) : `-${figure.exact}`, decimals: figure.decimals};
}

function sumOf(figures: Figure[]): Big {
	return figures.reduce((sum, figure) => sum.plus(figure.exact), new Big(0));
}

/** Compares parts with a stated total under the rounding policy. */
export function judgeSum(total: Figure, parts: Figure[]): {verdict: SumVerdict; sum: Big} {
	const sum = sumOf(parts);
	const difference = sum.minus(total.exact).abs();
	if (difference.eq(0)) return {verdict: 'exact', sum};
	const tolerance = parts.reduce((all, part) => all.plus(halfUnit(part)), halfUnit(total));
	return {verdict: difference.lte(tolerance) ? 'rounding' : 'mismatch', sum};
}

/** Interval [low, high] a figure stands for. */
export function intervalOf(figure: Figure): [Big, Big] {
	const half = halfUnit(figure);
	const value = new Big(figure.exact);
	return [value.minus(half), value.plus(half)];
}

/** Whether `stated` (with its rounding) can be the ratio numerator/denominator × scale. */
export function ratioConsistent(stated: Figure, numerator: [Big, Big], denominator: [Big, Big], scale = 1): boolean {
	if (denominator[0].lte(0)) return true; // nothing to judge against a zero or negative base
	const candidates = [
		numerator[0].div(denominator[0]),
		numerator[0].div(denominator[1]),
		numerator[1].div(denominator[0]),
		numerator[1].div(denominator[1]),
	].map((value) => value.times(scale));
	const low = candidates.reduce((a, b) => (a.lt(b) ? a : b));
	const high = candidates.reduce((a, b) => (a.gt(b) ? a : b));
	const [statedLow, statedHigh] = intervalOf(stated);
	return !(statedHigh.lt(low) || statedLow.gt(high));
}

/** A Big as a plain string without trailing zeros beyond `decimals`. */
export function show(value: Big, decimals = 2): string {
	return Number(value.toFixed(decimals)).toString();
}
