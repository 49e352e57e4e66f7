/**
The headline figures of a report (totals, execution rate, expenditure composition, staff, findings by
severity): a view of one report that the dashboard database and the audit view both show.
*/
import type {ConceptId} from '../lexicon/concepts.js';
import type {Report} from '../schema.js';

/** The figure of a concept and stage for the whole department (entity null), if stated. */
function headline(report: Report, concept: ConceptId, stages: Array<string | null>): number | null {
	for (const stage of stages) {
		// A loop, not a callback per call: see src/text/by-start.ts.
		for (const fact of report.facts)
			if (fact.concept === concept && fact.stage === stage && fact.entity === null) return fact.value;
	}
	return null;
}

/** The report's headline figures; null where the report does not state one. */
export function headlineFigures(report: Report) {
	const expenditure = headline(report, 'expenditure.total', ['final']);
	const budget = headline(report, 'expenditure.total', ['adjustedBudget', 'initialBudget']);
	const count = (severity: string) => report.findings.filter((finding) => finding.severity === severity).length;
	return {
		incomeTotal: headline(report, 'income.total', ['final']),
		expenditureTotal: expenditure,
		expenditureBudget: budget,
		executionRate: expenditure !== null && budget ? Math.round((expenditure / budget) * 10000) / 100 : null,
		basic: headline(report, 'expenditure.basic', ['final', 'adjustedBudget', 'initialBudget']),
		personnel: headline(report, 'expenditure.personnel', ['final', 'adjustedBudget', 'initialBudget']),
		publicOperating: headline(report, 'expenditure.publicOperating', ['final', 'adjustedBudget', 'initialBudget']),
		project: headline(report, 'expenditure.project', ['final', 'adjustedBudget', 'initialBudget']),
		staffTotal: headline(report, 'staff.actual.total', [null]),
		errors: count('error'),
		warnings: count('warning'),
		infos: count('info'),
	};
}
