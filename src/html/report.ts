/**
The HTML audit view of an ingest folder: DIR/index.html, one self-contained file (inline CSS, JS and
data; no network). Reports are streamed from reports.ndjson into a compact JSON block; the page
renders the overview, charts and the report view from it in the browser.
*/
import {createHash} from 'node:crypto';
import {closeSync, createReadStream, openSync, readFileSync, renameSync, writeSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {createInterface} from 'node:readline';
import {headlineFigures} from '../format/headline-figures.js';
import {OutputStore, reportId} from '../batch/store.js';
import {CATALOGS, DEFAULT_LANG, type Lang, LANGS} from '../messages/catalog.js';
import {findingIn} from '../messages/localize.js';
import type {ReportText} from '../pipeline.js';
import type {Report} from '../schema.js';

const ASSETS = new URL('../../assets/', import.meta.url);

/** A figure as written runs on from its offset: digits, separators, Chinese numerals, then its unit. */
const WRITTEN_FIGURE = /^[\d,.\s零〇一二两三四五六七八九十百千万亿点%百分之年月日-]+/u;

function figureLength(text: string, offset: number, unit: string | null): number {
	const run = WRITTEN_FIGURE.exec(text.slice(offset, offset + 40))?.[0].length ?? 0;
	const after = text.slice(offset + run);
	return run + (unit && after.startsWith(unit) ? unit.length : 0) || 1;
}

/** The compact form of one report the page needs. */
function viewOf(report: Report, view: ReportText | null) {
	const id = reportId(report.source.sha256);
	const figures = headlineFigures(report);
	const text = view?.text ?? '';
	return {
		id,
		path: report.source.path,
		format: report.source.format,
		title: report.report.title,
		department: report.report.department,
		year: report.report.fiscalYear,
		score: report.evaluation.score,
		atLeast: report.evaluation.scoreAtLeast,
		grade: report.evaluation.grade,
		income: figures.incomeTotal,
		expenditure: figures.expenditureTotal,
		budget: figures.expenditureBudget,
		rate: figures.executionRate,
		basic: figures.basic,
		personnel: figures.personnel,
		publicOperating: figures.publicOperating,
		project: figures.project,
		staff: figures.staffTotal,
		counts: [figures.errors, figures.warnings, figures.infos],
		findings: report.findings.map((finding) => [
			finding.rule,
			finding.severity,
			// Both languages: the page switches without a reload (a finding from an older jixiao has one).
			Object.fromEntries(LANGS.map((lang) => [lang, findingIn(finding, lang)])),
			finding.evidence.map((evidence) => [
				evidence.loc.offset,
				evidence.text.length,
				evidence.loc.page,
				evidence.loc.line,
			]),
		]),
		facts: view
			? report.facts.map((fact) => [
					fact.loc.offset,
					figureLength(text, fact.loc.offset, fact.unit),
					fact.concept,
					fact.stage,
					fact.exact,
					fact.unit,
					fact.entity,
				])
			: [],
		sections: flatSections(report.sections),
		text,
		paragraphs: view?.paragraphs ?? [],
	};
}

function flatSections(sections: Report['sections']): Array<[number, number, string, string]> {
	return sections.flatMap((section) => [
		[section.loc.offset, section.level, section.number, section.title] as [number, number, string, string],
		...flatSections(section.children),
	]);
}

/**
The one way a value enters the page: as JSON inside the data <script>, with every `<` escaped so
that nothing in it can close the element or open a comment. The page's script renders values
with its own `escape` (text) and never inserts them as markup.
*/
function scriptJson(value: unknown): string {
	return JSON.stringify(value)
		.replaceAll('<', '\\u003c')
		.replaceAll('\u2028', '\\u2028')
		.replaceAll('\u2029', '\\u2029');
}

/** The view's labels, reason classes and rule descriptions in every language, for the page's switch. */
function pageWords() {
	return Object.fromEntries(
		LANGS.map((lang) => [
			lang,
			{
				view: CATALOGS[lang].view,
				reasons: CATALOGS[lang].reasons,
				rules: Object.fromEntries(Object.entries(CATALOGS[lang].rules).map(([id, rule]) => [id, rule.description])),
			},
		]),
	);
}

async function* readLines(path: string): AsyncGenerator<string> {
	const lines = createInterface({input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY});
	for await (const line of lines) if (line.trim().length > 0) yield line;
}

/** (Re)writes DIR/index.html from an ingest output folder, streaming report by report; returns its path. */
export async function writeHtmlReport(dir: string, lang: Lang = DEFAULT_LANG): Promise<string> {
	const store = new OutputStore(dir);
	const target = join(dir, 'index.html');
	const temporary = store.temporaryPath(target);
	const css = readFileSync(new URL('view.css', ASSETS), 'utf8');
	const js = readFileSync(new URL('view.js', ASSETS), 'utf8');
	// Error lines carry paths and messages from outside (a file named "</script><script>…"): they go
	// into the page through the same escaping as the reports, never raw.
	const errors = (await readFile(join(dir, 'errors.ndjson'), 'utf8').catch(() => ''))
		.split('\n')
		.filter(Boolean)
		.flatMap((line) => {
			try {
				return [scriptJson(JSON.parse(line))];
			} catch {
				return [];
			}
		});
	// Only the page's own script may run: it is allowed by its hash, so even a value that escaped its
	// escaping could not run as an inline script or event handler.
	const scriptHash = createHash('sha256').update(js).digest('base64');
	const fd = openSync(temporary, 'w');
	try {
		writeSync(
			fd,
			[
				'<!doctype html>',
				`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`,
				'<meta name="viewport" content="width=device-width, initial-scale=1">',
				// No network: nothing may be fetched, not even by mistake.
				`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:">`,
				`<title>${CATALOGS[lang].view['title']}</title>`,
				`<style>${css}</style></head><body>`,
				`<div id="app"><p class="loading">${CATALOGS[lang].view['loading']}</p></div>`,
				`<script id="data" type="application/json">{"lang":${scriptJson(lang)},"words":${scriptJson(pageWords())},"reports":[`,
			].join('\n'),
		);
		let first = true;
		for await (const line of readLines(join(dir, 'reports.ndjson'))) {
			const report = JSON.parse(line) as Report;
			const viewText = await store.readView(reportId(report.source.sha256));
			writeSync(
				fd,
				(first ? '' : ',') + scriptJson(viewOf(report, viewText ? (JSON.parse(viewText) as ReportText) : null)),
			);
			first = false;
		}
		writeSync(fd, `],"errors":[${errors.join(',')}]}</script>\n<script>${js}</script>\n</body></html>\n`);
	} finally {
		closeSync(fd);
	}
	renameSync(temporary, target);
	return target;
}
