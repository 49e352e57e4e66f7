/**
Linter-style output of findings: `path`, then `line:col  severity  message  rule` per finding,
then a summary line (ESLint's stylish formatter).
*/
import {stringifyLoc} from '../document/loc.js';
import type {Report} from '../schema.js';

export type AuditResult = {path: string; report?: Report; error?: string};

export function formatStylish(results: AuditResult[]): string {
	const lines: string[] = [];
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
			lines.push(
				`  ${places[index]!.padEnd(width)}  ${finding.severity.padEnd(7)}  ${finding.message}  ${finding.rule}`,
			);
		});
		lines.push('');
	}
	const total = counts.error + counts.warning + counts.info;
	const failed = results.filter((result) => result.error).length;
	lines.push(
		`${total} finding${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info) in ${results.length} file${results.length === 1 ? '' : 's'}${failed ? `, ${failed} unreadable` : ''}`,
	);
	return `${lines.join('\n')}\n`;
}
