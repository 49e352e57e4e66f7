/**
The one schema of the report JSON (contract §2, schemaVersion 1). Types are inferred from it,
`jixiao parse` validates against it and `jixiao schema` prints the JSON Schema generated from it.
*/
import {z} from 'zod';
import {FORMAT_IDS} from './formats.js';
import {CONCEPT_IDS} from './lexicon/concepts.js';

export const SCHEMA_VERSION = 1;

export const locSchema = z.object({
	line: z.number().int().min(1).describe('1-based line in the file the user has (paragraph number for DOCX)'),
	column: z.number().int().min(1).describe('1-based column in that line'),
	offset: z.number().int().min(0).describe('0-based character offset in the normalized text'),
	page: z.number().int().min(1).nullable().describe('1-based page, null when the format has no pages'),
	section: z.array(z.string()).describe('numbers of the enclosing headings, outermost first'),
});

export const stageSchema = z.enum(['initialBudget', 'adjustedBudget', 'final', 'changeFromPriorYear', 'priorYear']);

export const factKindSchema = z.enum([
	'amount',
	'headcount',
	'percent',
	'multiple',
	'count',
	'score',
	'year',
	'date',
	'quantity',
]);

export const factSchema = z.object({
	concept: z
		.enum(CONCEPT_IDS)
		.nullable()
		.describe('contract §3 concept id; null when the figure was read but not mapped'),
	stage: stageSchema.nullable(),
	entity: z.string().nullable().describe('sub-unit the figure belongs to; null = whole department'),
	kind: factKindSchema,
	value: z.number(),
	exact: z.string().describe('the value as an exact decimal string, for decimal arithmetic'),
	unit: z.string().nullable(),
	decimals: z.number().int().min(0),
	valueWan: z.number().optional().describe('CNY amounts not written in 万元, converted to 万元'),
	label: z.string().nullable().describe('the words the figure was read against (e.g. 客商满意度)'),
	text: z.string().describe('the clause the figure was read from'),
	loc: locSchema,
	source: z.literal('ocr').optional().describe('present when the figure was read by OCR: it may be a misread'),
	confidence: z.number().min(0).max(100).optional().describe("OCR's lowest word confidence under the figure"),
});

export const sectionSchema: z.ZodType<Section> = z.lazy(() =>
	z.object({
		number: z.string(),
		level: z.number().int().min(1),
		title: z.string(),
		loc: locSchema,
		children: z.array(sectionSchema),
	}),
);

export const measureSchema = z.object({
	op: z.enum(['=', '≥', '≤', '>', '<']),
	value: z.number().nullable(),
	unit: z.string().nullable(),
	text: z.string(),
});

export const indicatorSchema = z.object({
	project: z.string().nullable(),
	level1: z.string().nullable(),
	level2: z.string().nullable(),
	name: z.string(),
	text: z.string(),
	direction: z.enum(['higher-is-better', 'lower-is-better', 'qualitative']),
	target: measureSchema.nullable(),
	actual: measureSchema.nullable(),
	weight: z.number().nullable(),
	score: z.number().nullable(),
	met: z.boolean().nullable(),
	loc: locSchema,
});

export const evidenceSchema = z.object({text: z.string(), loc: locSchema});

const messageDataSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const findingSchema = z.object({
	rule: z.string(),
	severity: z.enum(['error', 'warning', 'info']),
	messageId: z.string(),
	message: z.string(),
	evidence: z.array(evidenceSchema).min(1),
	expected: z.union([z.number(), z.string()]).nullable(),
	actual: z.union([z.number(), z.string()]).nullable(),
	data: messageDataSchema.describe("the values the message is made from (the catalogs' {{placeholders}})"),
	basis: z
		.literal('ocr')
		.optional()
		.describe('present when evidence was read by OCR: the finding is at most a warning and says so'),
});

export const noteSchema = z.object({
	code: z.string(),
	message: z.string(),
	data: messageDataSchema.optional(),
	loc: locSchema.nullable(),
});

export const reportSchema = z.object({
	schemaVersion: z.literal(SCHEMA_VERSION),
	source: z.object({
		path: z.string(),
		format: z.enum(FORMAT_IDS),
		sha256: z.string(),
		bytes: z.number().int(),
		pages: z.number().int().nullable(),
		encoding: z.string().nullable(),
	}),
	report: z.object({
		title: z.string().nullable(),
		department: z.string().nullable(),
		fiscalYear: z.number().int().nullable(),
		kind: z
			.enum(['department-overall', 'project', 'self-evaluation-table', 'unknown'])
			.describe('self-evaluation-table: a stand-alone 绩效自评表 with no report around it'),
	}),
	sections: z.array(sectionSchema),
	facts: z.array(factSchema),
	indicators: z.array(indicatorSchema),
	evaluation: z.object({
		score: z.number().nullable(),
		scoreAtLeast: z.number().nullable(),
		grade: z.string().nullable(),
		period: z.object({from: z.string(), to: z.string()}).nullable(),
		date: z.string().nullable().describe('the date the self-evaluation was carried out or signed, when stated'),
		team: z.array(z.string()),
		loc: locSchema.nullable(),
	}),
	findings: z.array(findingSchema),
	notes: z.array(noteSchema),
});

export type Loc = z.infer<typeof locSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type FactKind = z.infer<typeof factKindSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Section = {number: string; level: number; title: string; loc: Loc; children: Section[]};
export type Measure = z.infer<typeof measureSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Evaluation = Report['evaluation'];
export type Format = Report['source']['format'];

/** The JSON Schema of the report JSON, generated from the zod schema. */
export function reportJsonSchema(): unknown {
	return z.toJSONSchema(reportSchema, {target: 'draft-2020-12'});
}
