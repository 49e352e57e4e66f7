/**
The words jixiao says to people, by language: rule descriptions and finding messages (keyed by rule
id and messageId, with `{{name}}` placeholders filled from a finding's data), terms that data values
stand for, reason classes, notes, command-line text and the audit view's labels. Code never builds a
sentence: it names a message and gives its data. `{{name|term}}` shows the value through the
catalog's terms (admin → 行政).
*/
import type {Catalog} from './catalog-shape.js';
import {en} from './en.js';
import {zh} from './zh.js';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type {Catalog} from './catalog-shape.js';

export const CATALOGS: Record<Lang, Catalog> = {zh, en};

export const DEFAULT_LANG: Lang = 'zh';

export function isLang(value: string): value is Lang {
	return (LANGS as readonly string[]).includes(value);
}

/** The language asked for: an explicit choice, else JIXIAO_LANG, else Chinese. */
export function langOf(choice?: string | null): Lang {
	const asked = choice ?? process.env['JIXIAO_LANG'] ?? DEFAULT_LANG;
	return isLang(asked) ? asked : DEFAULT_LANG;
}

export type MessageData = Record<string, string | number>;

/** The longest a quoted value may be in a message: a quote, not a copy of a pathological paragraph. */
const MAX_VALUE_CHARS = 200;

/** Fills a template's placeholders; an unknown one is left as written, so a missing datum shows. */
export function fill(template: string, data: MessageData = {}, terms: Record<string, string> = {}): string {
	const EMPTY = '\uE000';
	return (
		template
			.replace(/\{\{\s*(\w+)(\|term)?\s*\}\}/gu, (whole, name: string, term?: string) => {
				if (!(name in data)) return whole;
				const value = String(data[name]);
				const shown = term ? (terms[value] ?? value) : value;
				if (shown === '') return EMPTY;
				return shown.length <= MAX_VALUE_CHARS ? shown : `${shown.slice(0, MAX_VALUE_CHARS)}…`;
			})
			// An empty value leaves no double space behind ("the stated total  is" → "the stated total is").
			.replace(/ \uE000(?= )/gu, '')
			.replaceAll(EMPTY, '')
	);
}

/** The message of a finding in a language. */
export function findingMessage(
	lang: Lang,
	rule: string,
	messageId: string,
	data: MessageData = {},
	fromOcr = false,
): string {
	const catalog = CATALOGS[lang];
	const template = catalog.rules[rule]?.messages[messageId];
	if (template === undefined) throw new Error(`Expected catalog ${lang} to define ${rule}.${messageId}`);
	return fill(template, data, catalog.terms) + (fromOcr ? (catalog.terms['ocr-caveat'] ?? '') : '');
}

/** A line of the command line or the view, by key. */
export function say(
	lang: Lang,
	section: 'cli' | 'view' | 'reasons' | 'notes',
	key: string,
	data?: MessageData,
): string {
	const template = CATALOGS[lang][section][key];
	if (template === undefined) throw new Error(`Expected catalog ${lang} to define ${section}.${key}`);
	return fill(template, data, CATALOGS[lang].terms);
}

/** The placeholders of a template, for the test that both catalogs agree. */
export function placeholdersOf(template: string): string[] {
	return [...template.matchAll(/\{\{\s*(\w+)(?:\|term)?\s*\}\}/gu)].map((match) => match[1]!).sort();
}

/** A note's code, data and message (in the default language; a report renders it again in its own). */
export function noteOf(code: string, data: MessageData): {code: string; message: string; data: MessageData} {
	return {code, message: say(DEFAULT_LANG, 'notes', code, data), data};
}
