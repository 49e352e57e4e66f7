/**
The shape of a rule (ESLint-style): `meta` declares id, default severity, docs and message ids;
`check` reports findings through the context. What a rule and its messages say to people is in the
catalogs of src/messages/ (one per language), keyed by rule id and message id. Rules never set their own id or
severity: the engine stamps them, and a rule may report at a lower severity only through a
message that declares it (sum-mismatch "rounding" is info).
*/
import type {Analysis} from '../analysis.js';
import type {Finding} from '../schema.js';

export type Severity = Finding['severity'];

/** A message a rule may report; its words are in the catalogs. */
export type RuleMessage = {severity?: Severity};

export type RuleMeta = {
	id: string;
	severity: Severity;
	/** For developers: how the rule decides (what it says to users is in the catalogs). */
	docs: string;
	/** The message ids it reports; a message without a severity reports at the rule's. */
	messages: Record<string, RuleMessage>;
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
