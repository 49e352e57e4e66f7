/**
A report as table rows, once for every sink: the tables a dashboard reads (reports, facts,
indicators, findings, errors, inputs), their columns with types, and the mapping from a report to
rows in column order. The SQLite schema and the CSV headers are made from these columns, so a
column added here reaches every sink.
*/
import {headlineFigures} from '../format/headline-figures.js';
import type {Format, Report} from '../schema.js';

export type Value = string | number | null;
export type Row = Value[];

export type Column = {
	name: string;
	type: 'TEXT' | 'REAL' | 'INTEGER';
	notNull?: boolean;
	key?: boolean;
	/** A foreign key: dashboards (Metabase, Superset) join on it by themselves. */
	references?: string;
};

const text = (name: string, notNull = false): Column => ({name, type: 'TEXT', notNull});
const real = (name: string, notNull = false): Column => ({name, type: 'REAL', notNull});
const integer = (name: string): Column => ({name, type: 'INTEGER'});
const reportId: Column = {name: 'report_id', type: 'TEXT', notNull: true, references: 'reports(id)'};

export const TABLES = {
	reports: [
		{...text('id', true), key: true},
		text('path', true),
		text('format', true),
		text('title'),
		text('department'),
		integer('fiscal_year'),
		text('kind'),
		real('score'),
		real('score_at_least'),
		text('grade'),
		integer('pages'),
		real('income_total'),
		real('expenditure_total'),
		real('expenditure_budget'),
		real('execution_rate'),
		real('expenditure_basic'),
		real('expenditure_personnel'),
		real('expenditure_public'),
		real('expenditure_project'),
		integer('staff_total'),
		integer('findings_error'),
		integer('findings_warning'),
		integer('findings_info'),
	],
	facts: [
		reportId,
		text('concept'),
		text('stage'),
		text('entity'),
		text('kind', true),
		real('value', true),
		text('exact', true),
		text('unit'),
		real('value_wan'),
		text('label'),
		integer('page'),
		integer('line'),
		integer('col'),
		text('text'),
	],
	indicators: [
		reportId,
		text('project'),
		text('level1'),
		text('level2'),
		text('name', true),
		text('direction'),
		text('target'),
		real('target_value'),
		text('actual'),
		real('actual_value'),
		real('weight'),
		real('score'),
		integer('met'),
		integer('page'),
		integer('line'),
	],
	findings: [
		reportId,
		text('rule', true),
		text('severity', true),
		text('message', true),
		text('expected'),
		text('actual'),
		integer('page'),
		integer('line'),
		integer('col'),
		text('evidence'),
	],
	errors: [text('path', true), text('reason', true), text('message', true)],
	inputs: [{...text('path', true), key: true}, text('sha256'), text('report_id'), text('status', true)],
} satisfies Record<string, Column[]>;

export type TableName = keyof typeof TABLES;

/** Indexes for the usual dashboard queries: by department and year, concept and stage, rule and severity. */
export const INDEXES: Array<{table: TableName; columns: string[]}> = [
	{table: 'reports', columns: ['department', 'fiscal_year']},
	{table: 'facts', columns: ['report_id']},
	{table: 'facts', columns: ['concept', 'stage']},
	{table: 'indicators', columns: ['report_id']},
	{table: 'findings', columns: ['report_id']},
	{table: 'findings', columns: ['rule', 'severity']},
];

/** What became of one input, as the inputs table and the errors table record it. */
export type InputRecord = {
	path: string;
	sha256: string | null;
	id: string | null;
	format: Format | null;
	status: 'ok' | 'failed' | 'duplicate' | 'not-a-report';
	error: {reason: string; message: string} | null;
};

/** The rows of one report in every report table. */
export type ReportRows = {reports: Row[]; facts: Row[]; indicators: Row[]; findings: Row[]};

export function reportRows(id: string, report: Report): ReportRows {
	const h = headlineFigures(report);
	const {report: meta, evaluation, source} = report;
	const reports: Row = [
		id,
		source.path,
		source.format,
		meta.title,
		meta.department,
		meta.fiscalYear,
		meta.kind,
		evaluation.score,
		evaluation.scoreAtLeast,
		evaluation.grade,
		source.pages,
		h.incomeTotal,
		h.expenditureTotal,
		h.expenditureBudget,
		h.executionRate,
		h.basic,
		h.personnel,
		h.publicOperating,
		h.project,
		h.staffTotal,
		h.errors,
		h.warnings,
		h.infos,
	];
	const facts = report.facts.map(
		(fact): Row => [
			id,
			fact.concept,
			fact.stage,
			fact.entity,
			fact.kind,
			fact.value,
			fact.exact,
			fact.unit,
			fact.valueWan ?? null,
			fact.label,
			fact.loc.page,
			fact.loc.line,
			fact.loc.column,
			fact.text,
		],
	);
	const indicators = report.indicators.map(
		(indicator): Row => [
			id,
			indicator.project,
			indicator.level1,
			indicator.level2,
			indicator.name,
			indicator.direction,
			indicator.target?.text ?? null,
			indicator.target?.value ?? null,
			indicator.actual?.text ?? null,
			indicator.actual?.value ?? null,
			indicator.weight,
			indicator.score,
			indicator.met === null ? null : Number(indicator.met),
			indicator.loc.page,
			indicator.loc.line,
		],
	);
	const findings = report.findings.map((finding): Row => {
		const loc = finding.evidence[0]!.loc;
		return [
			id,
			finding.rule,
			finding.severity,
			finding.message,
			finding.expected === null ? null : String(finding.expected),
			finding.actual === null ? null : String(finding.actual),
			loc.page,
			loc.line,
			loc.column,
			finding.evidence.map((evidence) => evidence.text).join(' | '),
		];
	});
	return {reports: [reports], facts, indicators, findings};
}

export const inputRow = (record: InputRecord): Row => [record.path, record.sha256, record.id, record.status];

export const errorRow = (path: string, error: {reason: string; message: string}): Row => [
	path,
	error.reason,
	error.message,
];

/** The value of a named column in a row of a table. */
export function columnIndex(table: TableName, name: string): number {
	const index = TABLES[table].findIndex((column) => column.name === name);
	if (index === -1) throw new Error(`Expected a column ${name} in table ${table}`);
	return index;
}
