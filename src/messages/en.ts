/** English: for programs' logs, for reviewers who read English, and as the test's twin of zh.ts. */
import type {Catalog} from './catalog-shape.js';

export const en: Catalog = {
	rules: {
		'balance-mismatch': {
			description: 'Income plus carry-over at the start differs from expenditure plus carry-over at the end.',
			messages: {
				mismatch:
					'Income {{income}} + carry-over {{beginning}} = {{left}}, but expenditure {{expenditure}} + carry-over {{ending}} = {{right}}',
			},
		},
		'count-mismatch': {
			description: 'A stated count ("以上9个项目") differs from the number of items enumerated.',
			messages: {
				list: 'The text says {{count}} but lists {{items}}: {{list}}',
				headings: 'The text says 以上{{count}}, but {{items}} project headings precede it',
			},
		},
		'duplicated-word': {
			description: 'A word is repeated by accident (企业企业).',
			messages: {repeated: 'The word {{word}} is repeated: "{{text}}"'},
		},
		'evaluation-before-period-end': {
			description: 'The self-evaluation is dated on or before the last day of the fiscal year it evaluates.',
			messages: {early: 'The self-evaluation is dated {{date}}, before fiscal year {{year}} ended ({{year}}-12-31)'},
		},
		'execution-rate-score': {
			description: 'A self-evaluation table scores budget execution other than 执行率 × 分值 (capped at 分值).',
			messages: {
				mismatch:
					'Execution rate {{rate}}% of a {{weight}}-point item earns {{expected}}, but the table scores {{score}}',
			},
		},
		'headcount-mismatch': {
			description: 'Staff categories or entities do not add up to the stated total, or a stated change does not match.',
			messages: {
				categories: 'Staff categories {{parts}} add up to {{sum}}, but the stated total {{entity}} is {{total}}',
				entities: "The entities' headcounts {{parts}} add up to {{sum}}, but the department total is {{total}}",
				change: 'The changes {{parts}} add up to {{sum}}, but the stated total change is {{total}}',
			},
		},
		'heading-sequence': {
			description: 'Heading numbers skip or repeat within a level (（一） then （三）).',
			messages: {
				gap: 'Heading {{actual}} follows {{previous}}, expected {{expected}}',
				repeat: 'Heading {{actual}} repeats the number of the heading before it',
				start: 'The first heading of this level is {{actual}}, expected {{expected}}',
			},
		},
		'invalid-date': {
			description: 'A date that does not exist (2023年2月30日, 2025年11月31日) or is malformed ("2021112月").',
			messages: {
				impossible: 'The date {{text}} does not exist',
				malformed: 'The date {{text}} is malformed: the year runs into the month',
			},
		},
		'percent-out-of-range': {
			description: 'A satisfaction, share or rate above 100% where it cannot be.',
			messages: {over: '{{label}} is {{value}}%, above 100%'},
		},
		'ratio-mismatch': {
			description: 'A stated multiple or percentage does not follow from the stated figures.',
			messages: {
				multiple:
					'{{label}}{{stated}}倍 does not follow from {{current}} now and a change of {{change}}: expected {{strict}} or {{loose}}',
				percent:
					'{{label}}{{stated}}% does not follow from {{current}} now and a change of {{change}}: expected {{expected}}%',
				execution:
					'Execution rate {{stated}}% does not follow from {{final}} spent of {{budget}}: expected {{expected}}%',
			},
		},
		'score-grade-mismatch': {
			description: 'The score and the grade disagree.',
			messages: {
				mismatch:
					'Score {{score}} does not fit grade "{{grade}}": by the bands this report states, {{score}} is "{{expected}}"',
				mismatchUsualBands:
					'Score {{score}} does not fit grade "{{grade}}": by the usual bands (≥ 90, 80–90, 60–80, < 60), {{score}} is "{{expected}}"',
			},
		},
		'score-over-weight': {
			description: 'An indicator (or the execution row) is scored above its weight (分值/权重).',
			messages: {over: '{{name}} scores {{score}}, above its weight {{weight}}'},
		},
		'score-total-mismatch': {
			description:
				'Indicator scores do not add up to the stated total score, or the weights of a complete table do not add up to 100.',
			messages: {
				scores: 'The scores add up to {{sum}}, but the table states a total of {{total}}',
				weights: 'The weights add up to {{sum}}, expected {{total}}',
			},
		},
		'staff-over-quota': {
			description: 'Actual staff of a kind exceeds its authorized establishment (编制).',
			messages: {over: 'Actual {{kind|term}}staff {{actual}} exceed the authorized {{quota}}'},
		},
		'sum-mismatch': {
			description: 'Parts do not add up to their stated total.',
			messages: {
				mismatch: '{{parts}} add up to {{sum}}, but the stated total is {{total}}',
				rounding: '{{parts}} add up to {{sum}}, stated total {{total}} differs by rounding only',
			},
		},
		'unmet-target-full-marks': {
			description: 'An indicator whose actual value misses its target still gets full marks.',
			messages: {
				fullMarks:
					'{{name}}: actual {{actual}} misses the target {{target}} ({{direction|term}}), yet scores the full {{weight}}',
			},
		},
		'value-conflict': {
			description: 'The same figure (concept, stage, entity, year) is stated twice with different values.',
			messages: {conflict: '{{label}} is stated as {{first}} and as {{second}}'},
		},
		'year-mismatch': {
			description: "A year used for the evaluated period differs from the report's fiscal year.",
			messages: {
				mismatch: 'The evaluated period is given as {{year}}, but the report is for fiscal year {{fiscalYear}}',
			},
		},
	},
	terms: {
		admin: 'admin ',
		institution: 'institution ',
		total: '',
		'higher-is-better': 'higher is better',
		'lower-is-better': 'lower is better',
		qualitative: 'qualitative',
		error: 'error',
		warning: 'warning',
		info: 'info',
		'ocr-caveat': ' (read by OCR: check it against the original)',
		'files.one': 'file',
		'files.many': 'files',
		'findings.one': 'finding',
		'findings.many': 'findings',
	},
	reasons: {
		corrupt: 'damaged or not what its name says',
		encrypted: 'password-protected',
		'no-text': 'no text to read',
		unsupported: 'a format jixiao does not read',
		empty: 'empty',
		decode: 'text in an unknown encoding',
		'too-large': 'over the size limit',
		timeout: 'took longer than the time limit',
		unreadable: 'cannot be opened',
		'convert-failed': 'could not be converted',
		'ocr-unavailable': 'needs OCR, which is not installed',
		io: 'its result could not be written',
		internal: 'an internal error of jixiao',
		'not-a-report': 'not a performance report',
	},
	notes: {
		'no-text': 'no text layer on pages {{pages}}',
		'no-text-sheets': 'no sheet holds any text',
		'sheets-ignored': 'sheets without a report left out: {{sheets}}',
		converted: 'read after LibreOffice converted it to {{to}}',
		ocr: 'pages {{pages}} read by OCR ({{dpi}} dpi)',
		'ocr-unavailable': 'pages {{pages}} need OCR, which is not installed: not read',
		'text-layer-unreadable': 'text layer unreadable on pages {{pages}}',
		'ocr-image': 'read by OCR',
		'facts-truncated': '{{count}} more facts beyond the first {{limit}} are not listed',
		'indicators-truncated': '{{count}} more indicators beyond the first {{limit}} are not listed',
		'findings-truncated': '{{rule}}: {{count}} more findings beyond the first {{limit}} are not listed',
	},
	cli: {
		usage: `usage: jixiao parse FILE [options]
       jixiao audit FILE... [--format stylish|json] [options]
       jixiao ingest INPUT... --out DIR [--concurrency N] [--html] [--quiet] [--shard i/n] [--db URL] [options]
       jixiao report DIR
       jixiao rules
       jixiao schema
options: --timeout SECONDS (60)  --max-size MB (50)  --max-memory MB (1024)  --no-workers  --ocr auto|off|force  --lang zh|en
'jixiao COMMAND --help' explains a command.`,
		'help.parse': `usage: jixiao parse FILE [--timeout SECONDS] [--max-size MB] [--max-memory MB] [--no-workers] [--ocr auto|off|force] [--lang zh|en]
Reads one report (TXT, DOCX or PDF) and prints its JSON: report fields, sections, facts,
indicators, evaluation and findings, each with where it is in the file.`,
		'help.audit': `usage: jixiao audit FILE... [--format stylish|json] [--timeout SECONDS] [--max-size MB] [--max-memory MB] [--no-workers] [--ocr auto|off|force] [--lang zh|en]
Checks reports for internal contradictions and prints the findings like a linter.
Exit status: 1 when a finding is an error, 2 when a file could not be read, else 0.`,
		'help.ingest': `usage: jixiao ingest INPUT... --out DIR [--concurrency N] [--html] [--quiet] [--shard i/n] [--db URL] [--timeout SECONDS] [--max-size MB] [--max-memory MB] [--no-workers] [--ocr auto|off|force] [--lang zh|en]
Reads many reports (files, folders, .zip archives, globs) into DIR: reports/<id>.json,
reports.ndjson, facts.csv, indicators.csv, findings.csv, errors.ndjson, summary.json and
jixiao.sqlite; --html also writes index.html. A second run reuses what is done.
--shard i/n reads only share i of n of the inputs (by their path relative to the input), so n
machines given the same inputs split them with no overlap.
--db postgres://user@host/db (or JIXIAO_DATABASE_URL) also writes the rows into PostgreSQL: the
tables are created and migrated, a report is keyed by its content, so re-runs and shards never
duplicate a row.`,
		'help.report': `usage: jixiao report DIR [--lang zh|en]
Writes DIR/index.html, the audit view of an ingest output folder.`,
		'help.rules': `usage: jixiao rules [--lang zh|en]
Lists every rule with its default severity and what it flags.`,
		'help.schema': `usage: jixiao schema
Prints the JSON Schema of the report JSON.`,
		'error.parseOneFile': 'parse takes exactly one FILE',
		'error.auditNeedsFile': 'audit needs at least one FILE',
		'error.format': 'Expected --format stylish or json, got {{value}}',
		'error.needsValue': '{{option}} needs a value',
		'error.positive': 'Expected {{option}} to be a positive number, got `{{value}}`',
		'error.lang': 'Expected --lang zh or en, got {{value}}',
		'error.ocr': 'Expected --ocr auto, off or force, got {{value}}',
		'error.shard': 'Expected --shard i/n with 1 ≤ i ≤ n, got {{value}}',
		'error.db': 'Expected --db postgres://user@host/database, got {{value}}',
		'error.database': 'cannot use the database {{url}}: {{detail}}',
		'error.databaseWrite': 'writing to the database failed, the batch was rolled back: {{detail}}',
		'error.ingestNeedsOut': 'ingest needs --out DIR',
		'error.ingestNeedsInput': 'ingest needs at least one INPUT (file, folder, .zip or glob)',
		'error.reportOneDir': 'report takes exactly one DIR',
		'error.notIngestFolder':
			'{{dir}} is not an ingest output folder (no reports.ndjson): run jixiao ingest … --out {{dir}} first',
		'error.unknownCommand': 'unknown command {{command}}',
		'error.outUnwritable': 'cannot write to --out {{dir}}: {{detail}}',
		'error.outInUse':
			'{{dir}} is in use by another jixiao run (pid {{pid}} on {{host}}); wait for it to finish or choose another --out',
		'error.outRace': 'cannot lock --out {{dir}}: another run took it at the same moment',
		'error.internal': 'internal error: {{message}}',
		fileError: '{{file}}: {{reason}}: {{message}}',
		'ingest.summary':
			'jixiao ingest: {{inputs}} inputs: {{reports}} reports, {{failed}} failed, {{duplicates}} duplicates, {{notReports}} not reports (errors.ndjson), {{skipped}} skipped (not report files); parsed {{parsed}}, reused {{reused}}; {{seconds}} s, {{rate}} reports/s → {{out}}',
		'ingest.progress': '{{done}}/{{total}} files ({{percent}}%)  {{rate}} files/s  ETA {{eta}}  {{failed}} failed',
		'report.wrote': 'jixiao report: wrote {{path}}',
		'audit.summary':
			'{{total}} {{findingsUnit|term}} ({{errors}} error, {{warnings}} warning, {{infos}} info) in {{files}} {{filesUnit|term}}',
		'audit.unreadableCount': ', {{failed}} unreadable',
		'audit.unreadable': '{{reason}}: {{message}}',
	},
	view: {
		title: 'jixiao audit view',
		loading: 'Loading…',
		summary: '{{reports}} reports · {{failed}} failed files',
		'column.department': 'Department',
		'column.year': 'Year',
		'column.format': 'Format',
		'column.income': 'Income (万元)',
		'column.expenditure': 'Expenditure (万元)',
		'column.rate': 'Execution %',
		'column.staff': 'Staff',
		'column.score': 'Score',
		'column.grade': 'Grade',
		'column.findings': 'Findings',
		'filter.department': 'Department',
		'filter.year': 'Year',
		'filter.rule': 'Rule',
		'filter.severity': 'Severity',
		'filter.all': '{{label}}: all',
		'filter.search': 'Search path, title, department, finding…',
		shown: '{{count}} shown',
		more: 'Show {{count}} more of {{rest}}',
		'chart.byRule': 'Findings by rule',
		'chart.scores': 'Score distribution',
		'chart.composition': 'Expenditure composition by department (万元)',
		'chart.personnel': 'Personnel',
		'chart.publicOperating': 'Public operating',
		'chart.project': 'Projects',
		'chart.empty': 'nothing to show',
		'chart.noBreakdown': 'no expenditure breakdown stated',
		failedFiles: 'Failed files ({{count}})',
		'errors.file': 'File',
		'errors.reason': 'Reason',
		'errors.message': 'Message',
		reason: '{{text}} ({{reason}})',
		none: 'none',
		back: '← all reports',
		findings: 'Findings ({{count}})',
		outline: 'Outline',
		line: 'line {{line}}',
		page: 'p.{{page}}',
		noSource: 'The source text of this report is not in this folder (ingested by an older jixiao).',
		figure: '(figure)',
		language: '中文',
		'severity.error': 'error',
		'severity.warning': 'warning',
		'severity.info': 'info',
	},
};
