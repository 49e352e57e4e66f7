/**
The analysed document: what segmentation and extraction know about one normalized DocFile. Rules
read it; the pipeline publishes it as a report. It lives apart from the pipeline so that the rules,
which the pipeline runs, never import the pipeline (no cycle).
*/
import type {DocFile, SegmentedDoc} from './document/doc-file.js';
import {extractParagraphFacts, figuresIn, leadStages, type FactRecord} from './extract/facts.js';
import {readEvaluation, type EvaluationRecord} from './extract/evaluation.js';
import {extractIndicators, projectOf, type IndicatorRecord} from './extract/indicators.js';
import {extractTables, type TableRecord} from './extract/tables.js';
import {readReportMeta, type ReportMeta} from './extract/report-meta.js';
import {buildSections, flattenSections, type SectionNode} from './segment/section-tree.js';
import {byStart} from './text/by-start.js';

/** Everything segmentation and extraction know about one document; rules read it, `toReport` publishes it. */
export type Analysis = {
	doc: SegmentedDoc;
	meta: ReportMeta;
	sections: SectionNode[];
	facts: FactRecord[];
	indicators: IndicatorRecord[];
	tables: TableRecord[];
	evaluation: EvaluationRecord;
};

export function analyze(normalized: DocFile): Analysis {
	const {sections, doc} = buildSections(normalized);
	const leads = leadStages(doc);
	// Loops rather than callbacks here and below: an arrow made per call is compiled again after
	// each full collection, and a PDF's read brings many (src/text/by-start.ts).
	const figures: Array<ReturnType<typeof figuresIn>> = [];
	for (const paragraph of doc.paragraphs) figures.push(figuresIn(doc.text, paragraph));
	const facts: FactRecord[] = [];
	for (const [index, paragraph] of doc.paragraphs.entries())
		facts.push(...extractParagraphFacts(doc, paragraph, index, leads[index] ?? null, figures[index]));
	const firstHeading = sections[0]?.start ?? doc.text.length;
	const meta = readReportMeta(doc, firstHeading);
	const tables = extractTables({
		doc,
		project: (offset) => projectOf(sections, offset),
		projectFunds: /项目/u.test(meta.title ?? ''),
	});
	const evaluation = readEvaluation(
		doc,
		flattenSections(sections).map((node) => ({title: node.title, start: node.start})),
		tables,
	);
	const tableFacts = tables.flatMap((table) => table.facts);
	// A table cell the prose reader also read (92.87%) is kept once, as the table understood it.
	const tableStarts = new Set(tableFacts.map((fact) => fact.start));
	const allFacts: FactRecord[] = [];
	for (const fact of facts) if (!tableStarts.has(fact.start)) allFacts.push(fact);
	allFacts.push(...tableFacts);
	allFacts.sort(byStart);
	const indicators = [...extractIndicators(doc, sections, facts), ...tables.flatMap((table) => table.indicators)].sort(
		byStart,
	);
	return {doc, meta, sections, facts: allFacts, indicators, tables, evaluation};
}
