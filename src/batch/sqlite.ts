/**
The dashboard database DIR/jixiao.sqlite (better-sqlite3): one row per report with the headline
figures, plus facts, indicators, findings, errors and inputs, indexed for the usual dashboard
queries (by department and year, by concept and stage, by rule and severity).
*/
import Database from 'better-sqlite3';
import {headlineFigures} from '../format/headline-figures.js';
import type {Report} from '../schema.js';
import type {ErrorRecord} from './store.js';

const SCHEMA = `
CREATE TABLE reports (
  id TEXT PRIMARY KEY, path TEXT NOT NULL, format TEXT NOT NULL, title TEXT, department TEXT, fiscal_year INTEGER, kind TEXT,
  score REAL, score_at_least REAL, grade TEXT, pages INTEGER,
  income_total REAL, expenditure_total REAL, expenditure_budget REAL, execution_rate REAL,
  expenditure_basic REAL, expenditure_personnel REAL, expenditure_public REAL, expenditure_project REAL,
  staff_total INTEGER, findings_error INTEGER, findings_warning INTEGER, findings_info INTEGER);
CREATE TABLE facts (report_id TEXT NOT NULL REFERENCES reports(id), concept TEXT, stage TEXT, entity TEXT, kind TEXT NOT NULL,
  value REAL NOT NULL, exact TEXT NOT NULL, unit TEXT, value_wan REAL, label TEXT, page INTEGER, line INTEGER, col INTEGER, text TEXT);
CREATE TABLE indicators (report_id TEXT NOT NULL REFERENCES reports(id), project TEXT, level1 TEXT, level2 TEXT, name TEXT NOT NULL,
  direction TEXT, target TEXT, target_value REAL, actual TEXT, actual_value REAL, weight REAL, score REAL, met INTEGER, page INTEGER, line INTEGER);
CREATE TABLE findings (report_id TEXT NOT NULL REFERENCES reports(id), rule TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
  expected TEXT, actual TEXT, page INTEGER, line INTEGER, col INTEGER, evidence TEXT);
CREATE TABLE errors (path TEXT NOT NULL, reason TEXT NOT NULL, message TEXT NOT NULL);
CREATE TABLE inputs (path TEXT PRIMARY KEY, sha256 TEXT, report_id TEXT, status TEXT NOT NULL);
CREATE INDEX reports_department_year ON reports(department, fiscal_year);
CREATE INDEX facts_report ON facts(report_id);
CREATE INDEX facts_concept_stage ON facts(concept, stage);
CREATE INDEX indicators_report ON indicators(report_id);
CREATE INDEX findings_report ON findings(report_id);
CREATE INDEX findings_rule_severity ON findings(rule, severity);
`;

export class DashboardDatabase {
	private readonly db: Database.Database;
	private readonly insertReport: Database.Statement;
	private readonly insertFact: Database.Statement;
	private readonly insertIndicator: Database.Statement;
	private readonly insertFinding: Database.Statement;
	private readonly insertError: Database.Statement;
	private readonly insertInput: Database.Statement;

	constructor(path: string) {
		this.db = new Database(path);
		this.db.pragma('journal_mode = OFF');
		this.db.pragma('synchronous = OFF');
		this.db.exec(SCHEMA);
		this.insertReport = this.db.prepare('INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
		this.insertFact = this.db.prepare('INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
		this.insertIndicator = this.db.prepare('INSERT INTO indicators VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
		this.insertFinding = this.db.prepare('INSERT INTO findings VALUES (?,?,?,?,?,?,?,?,?,?)');
		this.insertError = this.db.prepare('INSERT INTO errors VALUES (?,?,?)');
		this.insertInput = this.db.prepare('INSERT INTO inputs VALUES (?,?,?,?)');
		this.db.exec('BEGIN');
	}

	addReport(id: string, report: Report): void {
		const h = headlineFigures(report);
		const {report: meta, evaluation, source} = report;
		this.insertReport.run(
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
		);
		for (const fact of report.facts)
			this.insertFact.run(
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
			);
		for (const indicator of report.indicators) {
			this.insertIndicator.run(
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
			);
		}
		for (const finding of report.findings) {
			const loc = finding.evidence[0]!.loc;
			this.insertFinding.run(
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
			);
		}
	}

	addError(error: ErrorRecord): void {
		this.insertError.run(error.path, error.reason, error.message);
	}

	addInput(path: string, sha256: string | null, reportId: string | null, status: string): void {
		this.insertInput.run(path, sha256, reportId, status);
	}

	close(): void {
		this.db.exec('COMMIT');
		this.db.close();
	}
}
