/**
A report's words in another language: finding messages and notes are made again from their ids and
data. Ingest uses it on cached reports, so a re-run with another --lang needs no re-parse. A finding
or note without data (written by an older jixiao) keeps its message.
*/
import type {Report} from '../schema.js';
import {CATALOGS, findingMessage, type Lang, say} from './catalog.js';

type Finding = Report['findings'][number];
type Note = Report['notes'][number];

/** A finding's message in a language (one from an older jixiao, without data, keeps its own). */
export function findingIn(finding: Finding, lang: Lang): string {
	if (!finding.data || CATALOGS[lang].rules[finding.rule]?.messages[finding.messageId] === undefined)
		return finding.message;
	return findingMessage(lang, finding.rule, finding.messageId, finding.data, finding.basis === 'ocr');
}

function noteIn(note: Note, lang: Lang): Note {
	return note.data && CATALOGS[lang].notes[note.code] !== undefined
		? {...note, message: say(lang, 'notes', note.code, note.data)}
		: note;
}

/** A report's notes in a language; readers write them in the default one. */
export function localizeNotes(report: Report, lang: Lang): Report {
	return {...report, notes: report.notes.map((note) => noteIn(note, lang))};
}

export function localizeReport(report: Report, lang: Lang): Report {
	return {
		...localizeNotes(report, lang),
		findings: report.findings.map((finding) => ({...finding, message: findingIn(finding, lang)})),
	};
}
