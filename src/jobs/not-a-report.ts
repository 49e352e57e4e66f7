/**
Whether a parsed file is a report at all. Archives hold notes, rules (管理办法), cover letters and
stray text files: a file with no report title, no fiscal year and no figure is not a report, and
must not become a row of every dashboard table.
*/
import type {Report} from '../schema.js';

const FIGURES: ReadonlyArray<Report['facts'][number]['kind']> = ['amount', 'headcount', 'percent', 'score'];

/** The reason a report is not one, or null when it is. */
export function notAReport(report: Report): string | null {
	if (report.report.title !== null || report.report.fiscalYear !== null) return null;
	if (report.facts.some((fact) => FIGURES.includes(fact.kind))) return null;
	return 'no report title, no fiscal year and no figures';
}
