/**
Linter-style output of findings: `path`, then `line:col  severity  message  rule` per finding,
then a summary line (ESLint's stylish formatter).
*/
import {stringifyLoc} from '../document/loc.js';
import {type Lang, say} from '../messages/catalog.js';
import type {Report} from '../schema.js';

export type AuditResult = {path: string; report?: Report; error?: string};

/** The columns a terminal gives a text: two for a CJK character, one for the others. */
function columnsOf(text: string): number {
	return [...text].reduce((sum, char) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? 2 : 1), 0);
}

function padColumns(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - columnsOf(text)));
}

export function formatStylish(results: AuditResult[], lang: Lang): string {
	const lines: string[] = [];
	const severityWidth = Math.max(
		...(['error', 'warning', 'info'] as const).map((severity) => columnsOf(say(lang, 'view', `severity.${severity}`))),
	);
	const counts = {error: 0, warning: 0, info: 0};
	for (const {path, report, error} of results) {
		if (error) {
			lines.push(path, `  ${error}`, '');
			continue;
		}
		const findings = report?.findings ?? [];
		if (findings.length === 0) continue;
		lines.push(path);
		const places = findings.map((finding) => stringifyLoc(finding.evidence[0]!.loc));
		const width = Math.max(...places.map((place) => place.length));
		findings.forEach((finding, index) => {
			counts[finding.severity]++;
			const severity = padColumns(say(lang, 'view', `severity.${finding.severity}`), severityWidth);
			lines.push(`  ${places[index]!.padEnd(width)}  ${severity}  ${finding.message}  ${finding.rule}`);
		});
		lines.push('');
	}
	const total = counts.error + counts.warning + counts.info;
	const failed = results.filter((result) => result.error).length;
	const files = results.length;
	const plural = (count: number, unit: string) => `${unit}.${count === 1 ? 'one' : 'many'}`;
	const data = {
		...{total, errors: counts.error, warnings: counts.warning, infos: counts.info, files},
		...{findingsUnit: plural(total, 'findings'), filesUnit: plural(files, 'files')},
	};
	lines.push(
		say(lang, 'cli', 'audit.summary', data) + (failed ? say(lang, 'cli', 'audit.unreadableCount', {failed}) : ''),
	);
	return `${lines.join('\n')}\n`;
}
