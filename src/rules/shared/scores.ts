/** Score comparisons tolerate differences below 0.05 points (contract §4). */
export const SCORE_TOLERANCE = 0.05;

export function scoresDiffer(a: number, b: number): boolean {
	return Math.abs(a - b) >= SCORE_TOLERANCE - 1e-9;
}

/** Round half away from zero to two decimals, for messages. */
export function round2(value: number): number {
	return Math.round((value + Number.EPSILON) * 100) / 100;
}
