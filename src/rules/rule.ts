/**
The shape of a rule (ESLint-style): `meta` declares id, default severity, description, docs and
message ids; `check` reports findings through the context. Rules never set their own id or
severity: the engine stamps them, and a rule may report at a lower severity only through a
message that declares it (sum-mismatch "rounding" is info).
*/
import type {Analysis} from '../analysis.js';
import type {Finding} from '../schema.js';

export type Severity = Finding['severity'];

export type RuleMessage = {text: string; severity?: Severity};

export type RuleMeta = {
	id: string;
	severity: Severity;
	description: string;
	docs: string;
	/** Message templates by id; a plain string reports at the rule's severity. */
	messages: Record<string, string | RuleMessage>;
};

/** Evidence as normalized offsets; the engine turns it into text + loc. */
export type EvidenceSpan = {start: number; end: number};

/** What a rule reports: a message id, its data and evidence spans (the engine makes the finding). */
export type RuleReport = {
	messageId: string;
	data?: Record<string, string | number>;
	evidence: EvidenceSpan[];
	expected?: number | string | null;
	actual?: number | string | null;
};

export type RuleContext = {
	analysis: Analysis;
	report: (report: RuleReport) => void;
};

export type Rule = {meta: RuleMeta; check: (context: RuleContext) => void};

export function defineRule(rule: Rule): Rule {
	return rule;
}
