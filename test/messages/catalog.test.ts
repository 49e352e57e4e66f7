import {describe, expect, it} from 'vitest';
import {CATALOGS, fill, LANGS, placeholdersOf} from '../../src/messages/catalog.js';
import {RULES} from '../../src/rules/index.js';

const [first, ...others] = LANGS;

describe('the message catalogs', () => {
	it.each(Object.keys(RULES))(
		'%s: every messageId is in every catalog with the same placeholders, with a description',
		(id) => {
			const messageIds = Object.keys(RULES[id]!.meta.messages).sort();
			for (const lang of LANGS) {
				const entry = CATALOGS[lang].rules[id];
				expect(entry, `${lang} has no entry for ${id}`).toBeDefined();
				expect(entry!.description.length, `${lang} description of ${id}`).toBeGreaterThan(5);
				expect(Object.keys(entry!.messages).sort(), `${lang} messages of ${id}`).toEqual(messageIds);
				for (const messageId of messageIds)
					expect(placeholdersOf(entry!.messages[messageId]!), `${lang} ${id}.${messageId}`).toEqual(
						placeholdersOf(CATALOGS[first].rules[id]!.messages[messageId]!),
					);
			}
		},
	);

	it('has no entry for a rule that does not exist', () => {
		for (const lang of LANGS) expect(Object.keys(CATALOGS[lang].rules).sort()).toEqual(Object.keys(RULES).sort());
	});

	it.each(['terms', 'reasons', 'notes', 'cli', 'view'] as const)(
		'defines the same %s keys in every language',
		(section) => {
			for (const lang of others)
				expect(Object.keys(CATALOGS[lang][section]).sort()).toEqual(Object.keys(CATALOGS[first][section]).sort());
		},
	);

	it('gives notes the same placeholders in every language', () => {
		for (const [code, template] of Object.entries(CATALOGS[first].notes))
			for (const lang of others) expect(placeholdersOf(CATALOGS[lang].notes[code]!)).toEqual(placeholdersOf(template));
	});

	it('names every reason class a file can fail with', () => {
		const reasons = ['corrupt', 'encrypted', 'no-text', 'unsupported', 'too-large', 'timeout', 'empty', 'decode'];
		for (const lang of LANGS) for (const reason of reasons) expect(CATALOGS[lang].reasons[reason]).toBeTruthy();
	});
});

describe('fill', () => {
	it('fills placeholders, shows terms and leaves no double space for an empty value', () => {
		expect(fill('实有{{kind|term}}人员{{actual}}人', {kind: 'admin', actual: 12}, {admin: '行政'})).toBe(
			'实有行政人员12人',
		);
		expect(fill('the stated total {{entity}} is {{total}}', {entity: '', total: 43})).toBe('the stated total is 43');
	});

	it('leaves a placeholder without data as written, so a missing datum shows', () => {
		expect(fill('得分{{score}}分', {})).toBe('得分{{score}}分');
	});
});
