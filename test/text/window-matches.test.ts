import {describe, expect, it} from 'vitest';
import {allMatches, matchesIn} from '../../src/text/window-matches.js';

const spans = (matches: RegExpExecArray[]) => matches.map((match) => [match.index, match[0]]);

describe('allMatches', () => {
	const text = '2023年收入100万元，2024年收入120万元；合计220万元。';

	it('finds what matchAll finds, for global and non-global patterns', () => {
		const global = /\d+(?=万元)/gu;
		expect(spans(allMatches(text, global))).toEqual(spans([...text.matchAll(global)]));
		const single = /(\d{4})年/u;
		expect(spans(allMatches(text, single))).toEqual([
			[0, '2023年'],
			[13, '2024年'],
		]);
		expect(allMatches(text, single)[1]![1]).toBe('2024');
	});

	it('leaves a global pattern ready for its next user and survives zero-length matches', () => {
		const pattern = /万元/gu;
		pattern.lastIndex = 5;
		allMatches(text, pattern);
		expect(pattern.lastIndex).toBe(0);
		expect(allMatches('ab', /x*/gu)).toHaveLength(3);
	});

	it('gives each caller its own matches when the same pattern is used inside a loop over it', () => {
		const year = /(\d{4})年/gu;
		const pairs = allMatches(text, year).flatMap((outer) =>
			allMatches(text, year).map((inner) => `${outer[1]}-${inner[1]}`),
		);
		expect(pairs).toEqual(['2023-2023', '2023-2024', '2024-2023', '2024-2024']);
	});
});

describe('matchesIn', () => {
	const text = '甲100万元。乙200万元。丙300万元。';

	it('finds the matches that start inside the range, with offsets in the whole text', () => {
		const found = matchesIn(text, 7, 14, /\d+万元/gu);
		expect(spans(found)).toEqual([[8, '200万元']]);
		expect(text.slice(found[0]!.index, found[0]!.index + found[0]![0].length)).toBe('200万元');
	});

	it('lets a match that starts inside the range run past its end', () => {
		expect(spans(matchesIn(text, 0, 3, /\d+万元/gu))).toEqual([[1, '100万元']]);
	});

	it('sees one character before the range for lookbehinds', () => {
		expect(spans(matchesIn('x1y2', 1, 4, /(?<=x)\d/gu))).toEqual([[1, '1']]);
	});
});
