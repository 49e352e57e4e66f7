/**
A report's words in another language: finding messages and notes are made again from their ids and
data. Ingest uses it on cached reports, so a re-run with another --lang needs no re-parse. A finding
or note without data (written by an older jixiao) keeps its message.
*/
import type {Report} from '../schema.js';
import {CATALOGS, findingMessage, type Lang, say} from './catalog.js';

export function localizeReport(report: Report, lang: Lang): Report {
	const catalog = CATALOGS[lang];
	return {
		...report,
		findings: report.findings.map((finding) =>
			finding.data && catalog.rules[finding.rule]?.messages[finding.messageId] !== undefined
				? {
						...finding,
						message: findingMessage(lang, finding.rule, finding.messageId, finding.data, finding.basis === 'ocr'),
					}
				: finding,
		),
		notes: report.notes.map((note) =>
			note.data && catalog.notes[note.code] !== undefined
				? {...note, message: say(lang, 'notes', note.code, note.data)}
				: note,
		),
	};
}
