/**
The views a dashboard reads, in SQL that SQLite and PostgreSQL both run, so the embedded database
and the shared one answer the same questions with the same columns:

- report_figures: one row per report, the department-wide totals of its facts by stage (万元), its
  staff authorized and actual;
- department_years: one row per department and fiscal year, figures from its department-wide
  report (any report of the year where it has none), findings of all its reports by severity;
- findings_by_rule: per rule, severity and year, how many findings and in how many reports;
- indicators_not_met: every indicator the report itself says was not met, with its department, year
  and where it stands.

Counts are cast to INTEGER: PostgreSQL's COUNT and SUM are bigint, which its clients hand back as
strings. PostgreSQL gets these views by migration (postgres-migrations.ts); a changed view there is
a new migration, not an edit of an old one.
*/

/** An amount in 万元: converted where it was written in another unit, as written where in 万元. */
const WAN = "COALESCE(value_wan, CASE WHEN unit = '万元' THEN value END)";

/** The largest department-wide value of a concept at a stage (there is usually one). */
const max = (concept: string, stage: string | null, value: string) =>
	`MAX(CASE WHEN concept = '${concept}' AND ${stage === null ? 'stage IS NULL' : `stage = '${stage}'`} THEN ${value} END)`;

const figure = (column: string, concept: string, stage: string | null, value = WAN) =>
	`${max(concept, stage, value)} AS ${column}`;

/** The kinds of establishment (行政、事业、工勤编制) that make up the total where a report gives only them. */
const AUTHORIZED_PARTS = ['admin', 'institution', 'worker'];

const REPORT_FIGURES = `SELECT report_id,
	${figure('income_budget_wan', 'income.total', 'initialBudget')},
	${figure('income_adjusted_budget_wan', 'income.total', 'adjustedBudget')},
	${figure('income_final_wan', 'income.total', 'final')},
	${figure('expenditure_budget_wan', 'expenditure.total', 'initialBudget')},
	${figure('expenditure_adjusted_budget_wan', 'expenditure.total', 'adjustedBudget')},
	${figure('expenditure_final_wan', 'expenditure.total', 'final')},
	COALESCE(${max('staff.authorized.total', null, 'value')}, NULLIF(${AUTHORIZED_PARTS.map((kind) => `COALESCE(${max(`staff.authorized.${kind}`, null, 'value')}, 0)`).join(' + ')}, 0)) AS staff_authorized,
	${figure('staff_actual', 'staff.actual.total', null, 'value')}
FROM facts WHERE entity IS NULL GROUP BY report_id`;

/** The department-wide report's value of a column where the year has one, else any report's. */
const preferOverall = (expression: string, column: string) =>
	`COALESCE(MAX(CASE WHEN r.kind = 'department-overall' THEN ${expression} END), MAX(${expression})) AS ${column}`;

const FIGURE_COLUMNS = [
	'income_budget_wan',
	'income_adjusted_budget_wan',
	'income_final_wan',
	'expenditure_budget_wan',
	'expenditure_adjusted_budget_wan',
	'expenditure_final_wan',
];

const DEPARTMENT_YEARS = `SELECT r.department, r.fiscal_year,
	CAST(COUNT(*) AS INTEGER) AS reports,
	CAST(SUM(CASE WHEN r.kind = 'department-overall' THEN 1 ELSE 0 END) AS INTEGER) AS overall_reports,
	${FIGURE_COLUMNS.map((column) => preferOverall(`f.${column}`, column)).join(',\n\t')},
	${preferOverall('r.execution_rate', 'execution_rate')},
	${preferOverall('f.staff_authorized', 'staff_authorized')},
	${preferOverall('f.staff_actual', 'staff_actual')},
	${preferOverall('r.score', 'score')},
	${preferOverall('r.score_at_least', 'score_at_least')},
	${preferOverall('r.grade', 'grade')},
	CAST(SUM(r.findings_error) AS INTEGER) AS findings_error,
	CAST(SUM(r.findings_warning) AS INTEGER) AS findings_warning,
	CAST(SUM(r.findings_info) AS INTEGER) AS findings_info
FROM reports r LEFT JOIN report_figures f ON f.report_id = r.id
WHERE r.department IS NOT NULL AND r.fiscal_year IS NOT NULL
GROUP BY r.department, r.fiscal_year`;

const FINDINGS_BY_RULE = `SELECT f.rule, f.severity, r.fiscal_year,
	CAST(COUNT(*) AS INTEGER) AS findings,
	CAST(COUNT(DISTINCT f.report_id) AS INTEGER) AS reports
FROM findings f JOIN reports r ON r.id = f.report_id
GROUP BY f.rule, f.severity, r.fiscal_year`;

const INDICATORS_NOT_MET = `SELECT r.department, r.fiscal_year, i.report_id, r.path, i.project, i.level1, i.level2,
	i.name, i.target, i.actual, i.weight, i.score, i.page, i.line
FROM indicators i JOIN reports r ON r.id = i.report_id
WHERE i.met = 0`;

/** Each view's query, in the order they must be created (a view may read the ones before it). */
export const VIEWS: ReadonlyArray<{name: string; query: string}> = [
	{name: 'report_figures', query: REPORT_FIGURES},
	{name: 'department_years', query: DEPARTMENT_YEARS},
	{name: 'findings_by_rule', query: FINDINGS_BY_RULE},
	{name: 'indicators_not_met', query: INDICATORS_NOT_MET},
];

export const createViews = (): string => VIEWS.map(({name, query}) => `CREATE VIEW ${name} AS\n${query};`).join('\n');
