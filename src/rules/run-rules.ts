/**
Runs the catalog over an analysis: stamps rule id and severity, renders messages from their ids,
turns evidence spans into text + loc, drops exact duplicates and sorts findings by position.
*/
import {locAt} from '../document/loc.js';
import type {Analysis} from '../pipeline.js';
import type {Finding} from '../schema.js';
import {RULES} from './index.js';
import type {Report, Rule} from './rule.js';

const SEVERITY_RANK = {info: 0, warning: 1, error: 2} as const;

export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

function toFinding(rule: Rule, analysis: Analysis, report: Report): Finding & {start: number} {
	const declared = rule.meta.messages[report.messageId];
	const message = typeof declared === 'string' ? {text: declared} : declared;
	if (!message) throw new Error(`Expected a messageId declared by rule ${rule.meta.id}, got \`${report.messageId}\``);
	const severity = message.severity ?? rule.meta.severity;
	if (SEVERITY_RANK[severity] > SEVERITY_RANK[rule.meta.severity]) throw new Error(`Rule ${rule.meta.id} may only lower its severity, got ${severity}`);
	const {doc} = analysis;
	return {
		rule: rule.meta.id,
		severity,
		messageId: report.messageId,
		message: renderMessage(message.text, report.data),
		evidence: report.evidence.map((span) => ({text: doc.text.slice(span.start, span.end), loc: locAt(doc, span.start)})),
		expected: report.expected ?? null,
		actual: report.actual ?? null,
		start: report.evidence[0]?.start ?? 0,
	};
}

export function runRules(analysis: Analysis, only?: string[]): Finding[] {
	const findings: Array<Finding & {start: number}> = [];
	const seen = new Set<string>();
	for (const rule of Object.values(RULES)) {
		if (only && !only.includes(rule.meta.id)) continue;
		rule.check({
			analysis,
			report: (report) => {
				const finding = toFinding(rule, analysis, report);
				const key = `${finding.rule}|${finding.message}|${finding.start}`;
				if (seen.has(key)) return;
				seen.add(key);
				findings.push(finding);
			},
		});
	}
	return findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule)).map(({start: _start, ...finding}) => finding);
}
