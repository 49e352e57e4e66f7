/**
Runs the catalog over an analysis: stamps rule id and severity, renders messages from their ids,
turns evidence spans into text + loc, drops exact duplicates and sorts findings by position.
*/
import {locAt} from '../document/loc.js';
import {ocrConfidence} from '../document/ocr-words.js';
import type {Analysis} from '../analysis.js';
import type {Finding, Note} from '../schema.js';
import {DEFAULT_LANG, findingMessage, type Lang, noteOf} from '../messages/catalog.js';
import {RULES} from './index.js';
import type {Rule, RuleReport} from './rule.js';

const SEVERITY_RANK = {info: 0, warning: 1, error: 2} as const;

/**
Bounds that keep a finding readable and a report linear in its document. A rule lists its key
spans first (the quota, then the staff it is compared with), so the first spans are the ones to keep;
a compilation of hundreds of reports would otherwise attach every figure to every finding.
*/
export const FINDING_LIMITS = {evidencePerFinding: 12, evidenceChars: 1000, findingsPerRule: 200} as const;

function evidenceText(text: string): string {
	return text.length <= FINDING_LIMITS.evidenceChars ? text : `${text.slice(0, FINDING_LIMITS.evidenceChars)}…`;
}

function toFinding(rule: Rule, analysis: Analysis, report: RuleReport, lang: Lang): Finding & {start: number} {
	const message = rule.meta.messages[report.messageId];
	if (!message) throw new Error(`Expected a messageId declared by rule ${rule.meta.id}, got \`${report.messageId}\``);
	const declared = message.severity ?? rule.meta.severity;
	if (SEVERITY_RANK[declared] > SEVERITY_RANK[rule.meta.severity])
		throw new Error(`Rule ${rule.meta.id} may only lower its severity, got ${declared}`);
	const {doc} = analysis;
	// A misread digit must not become an accusation: evidence read by OCR makes at most a warning.
	const fromOcr = report.evidence.some((span) => ocrConfidence(doc, span.start, span.end) !== null);
	const severity = fromOcr && declared === 'error' ? 'warning' : declared;
	return {
		rule: rule.meta.id,
		severity,
		messageId: report.messageId,
		message: findingMessage(lang, rule.meta.id, report.messageId, report.data, fromOcr),
		data: report.data ?? {},
		...(fromOcr ? {basis: 'ocr' as const} : {}),
		evidence: report.evidence
			.slice(0, FINDING_LIMITS.evidencePerFinding)
			.map((span) => ({text: evidenceText(doc.text.slice(span.start, span.end)), loc: locAt(doc, span.start)})),
		expected: report.expected ?? null,
		actual: report.actual ?? null,
		start: report.evidence[0]?.start ?? 0,
	};
}

/** Findings of the catalog, by position; `notes` receives one note per rule whose findings were cut at the limit. */
export function runRules(
	analysis: Analysis,
	only?: string[],
	notes: Note[] = [],
	lang: Lang = DEFAULT_LANG,
): Finding[] {
	const findings: Array<Finding & {start: number}> = [];
	const seen = new Set<string>();
	for (const rule of Object.values(RULES)) {
		if (only && !only.includes(rule.meta.id)) continue;
		let count = 0;
		let dropped = 0;
		rule.check({
			analysis,
			report: (report) => {
				if (count >= FINDING_LIMITS.findingsPerRule) {
					dropped++;
					return;
				}
				const finding = toFinding(rule, analysis, report, lang);
				const key = `${finding.rule}|${finding.message}|${finding.start}`;
				if (seen.has(key)) return;
				seen.add(key);
				findings.push(finding);
				count++;
			},
		});
		if (dropped > 0)
			notes.push({
				...noteOf('findings-truncated', {rule: rule.meta.id, count: dropped, limit: FINDING_LIMITS.findingsPerRule}),
				loc: null,
			});
	}
	return findings
		.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule))
		.map(({start: _start, ...finding}) => finding);
}
