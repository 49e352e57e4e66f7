/**
Years and dates: 2023年, 2023年度, 二〇二三年, 2026年4月6日, 2023年9月30前 (日 dropped),
2025-12-31, and the date that borrows its year from the one before it ("2026年4月6日至4月24日").
The date is kept as written even when it does not exist; the invalid-date rule judges it.
*/
import {chineseToDecimal} from '../text/chinese-numerals.js';
import {matchesIn} from '../text/window-matches.js';

export type DateToken = {
	start: number;
	end: number;
	kind: 'year' | 'date';
	year: number;
	month: number | null;
	day: number | null;
	written: string;
};

const YEAR = String.raw`(?<![\d.])(?<year>(?:19|20)\d{2})\s?年`;
const ZH_YEAR = `(?<zhyear>[一二〇零九]{4})年`;
const MONTH_DAY = String.raw`(?:\s?(?<month>\d{1,2})\s?月(?:\s?(?<day>\d{1,2})\s?日?)?)?`;
const ISO = String.raw`(?<![\d.])(?<isoYear>(?:19|20)\d{2})[-/.](?<isoMonth>\d{1,2})[-/.](?<isoDay>\d{1,2})(?![\d])`;
/** The lookahead names the characters a date can start with (see FIGURE in ./numbers.ts for why). */
const PATTERN = new RegExp(`(?=[12一二〇零九])(?:${ISO}|(?:${YEAR}|${ZH_YEAR})${MONTH_DAY})`, 'gu');
/** "至4月24日": a month and day that continue the date before them. */
const CONTINUATION = /^(?:至|到|-|~|—)\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/u;

function toInt(text: string | undefined): number | null {
	return text === undefined ? null : Number(text);
}

export function scanDates(text: string, from: number, to: number): DateToken[] {
	const tokens: DateToken[] = [];
	let resumeAt = from;
	for (const match of matchesIn(text, from, to, PATTERN)) {
		if (match.index < resumeAt) continue;
		const groups = match.groups!;
		const year = groups['isoYear'] ?? groups['year'] ?? chineseToDecimal(groups['zhyear'] ?? '') ?? '';
		if (!/^\d{4}$/.test(year)) continue;
		const month = toInt(groups['isoMonth'] ?? groups['month']);
		const day = toInt(groups['isoDay'] ?? groups['day']);
		const token: DateToken = {
			start: match.index,
			end: match.index + match[0].length,
			kind: month === null ? 'year' : 'date',
			year: Number(year),
			month,
			day,
			written: match[0],
		};
		tokens.push(token);
		const continuation = CONTINUATION.exec(text.slice(token.end, to));
		if (continuation && token.kind === 'date') {
			const start = token.end + continuation[0].indexOf(continuation[1]!);
			tokens.push({
				start,
				end: token.end + continuation[0].length,
				kind: 'date',
				year: token.year,
				month: Number(continuation[1]),
				day: Number(continuation[2]),
				written: text.slice(start, token.end + continuation[0].length),
			});
			resumeAt = token.end + continuation[0].length;
		}
	}
	return tokens;
}

/** Each document's dates over its whole text, scanned once for all who ask (the evaluation reader, the invalid-date rule). */
const documentDates = new WeakMap<object, readonly DateToken[]>();

/** The dates of a document's whole text, in order; shared, so never to be changed by a caller. */
export function datesOf(doc: {text: string}): readonly DateToken[] {
	let dates = documentDates.get(doc);
	if (!dates) {
		dates = scanDates(doc.text, 0, doc.text.length);
		documentDates.set(doc, dates);
	}
	return dates;
}

/** Whether year-month-day is a day of the calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** ISO form of a date token; months or days that do not exist stay as written numbers. */
export function isoOf(token: Pick<DateToken, 'year' | 'month' | 'day'>): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	if (token.month === null) return String(token.year);
	if (token.day === null) return `${token.year}-${pad(token.month)}`;
	return `${token.year}-${pad(token.month)}-${pad(token.day)}`;
}
