/**
The one schema of the report JSON (contract §2, schemaVersion 1). Types are inferred from it,
`jixiao parse` validates against it and `jixiao schema` prints the JSON Schema generated from it.

Written with zod's mini API (zod/mini: the same checks and JSON Schema, functions instead of
methods), which a bundler can trim: every file job's thread loads this module first, and zod's
classic API bundles whole, 757 KB that took 70-105 ms to load, against 31 KB and 11-17 ms.
*/
import * as z from 'zod/mini';
import {$constructor, type $ZodLooseShape, type $ZodObjectDef, $ZodObjectJIT} from 'zod/v4/core';
import english from 'zod/v4/locales/en.js';
import {FORMAT_IDS} from './formats.js';
import {CONCEPT_IDS} from './lexicon/concepts.js';

// The mini API comes without messages ("Invalid input"); a failed check says what it expected.
z.config(english());

/**
A described copy of a schema, the description shown in the JSON Schema: kept in zod's registry, as
the classic API's `.describe()` does (a copy, so a schema used elsewhere stays undescribed). Not
`z.describe()`, which is a check run on every value: it made the parse three times as costly.
*/
function describe<T extends z.ZodMiniType>(schema: T, description: string): T {
	const described = schema.clone();
	z.globalRegistry.add(described as z.ZodMiniType, {description});
	return described;
}

/**
zod's classic objects compile their parser into one function (core's $ZodObjectJIT); the mini API's
objects check field by field, which made the report's check 2.5 times as costly (0.11 → 0.29 ms a
report). The classic object's own composition (its constructor runs $ZodObjectJIT's init, then its
API's), with the mini API: the compiled parser and the mini methods (`parse`, `shape`, `clone`).
*/
// Named with a type: TypeScript calls an assertion signature (zod's `init`) only through a typed name.
type Init = (inst: z.ZodMiniObject, def: $ZodObjectDef) => void;
const compiledParser: Init = $ZodObjectJIT.init;
const miniMethods: Init = z.ZodMiniObject.init;
const CompiledObject = $constructor('ZodMiniCompiledObject', (inst: z.ZodMiniObject, def: $ZodObjectDef) => {
	compiledParser(inst, def);
	miniMethods(inst, def);
});
function object<T extends $ZodLooseShape>(shape: T): ReturnType<typeof z.object<T>> {
	return new CompiledObject({type: 'object', shape}) as unknown as ReturnType<typeof z.object<T>>;
}

/** An integer, at least `min`. */
const integer = (min?: number) => (min === undefined ? z.int() : z.int().check(z.minimum(min)));

export const SCHEMA_VERSION = 1;

export const locSchema = object({
	line: describe(integer(1), '1-based line in the file the user has (paragraph number for DOCX)'),
	column: describe(integer(1), '1-based column in that line'),
	offset: describe(integer(0), '0-based character offset in the normalized text'),
	page: describe(z.nullable(integer(1)), '1-based page, null when the format has no pages'),
	section: describe(z.array(z.string()), 'numbers of the enclosing headings, outermost first'),
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

export const factSchema = object({
	concept: describe(
		z.nullable(z.enum(CONCEPT_IDS)),
		'contract §3 concept id; null when the figure was read but not mapped',
	),
	stage: z.nullable(stageSchema),
	entity: describe(z.nullable(z.string()), 'sub-unit the figure belongs to; null = whole department'),
	kind: factKindSchema,
	value: z.number(),
	exact: describe(z.string(), 'the value as an exact decimal string, for decimal arithmetic'),
	unit: z.nullable(z.string()),
	decimals: integer(0),
	valueWan: describe(z.optional(z.number()), 'CNY amounts not written in 万元, converted to 万元'),
	label: describe(z.nullable(z.string()), 'the words the figure was read against (e.g. 客商满意度)'),
	text: describe(z.string(), 'the clause the figure was read from'),
	loc: locSchema,
	source: describe(z.optional(z.literal('ocr')), 'present when the figure was read by OCR: it may be a misread'),
	confidence: describe(
		z.optional(z.number().check(z.minimum(0), z.maximum(100))),
		"OCR's lowest word confidence under the figure",
	),
});

export const sectionSchema: z.ZodMiniType<Section> = z.lazy(() =>
	object({
		number: z.string(),
		level: integer(1),
		title: z.string(),
		loc: locSchema,
		children: z.array(sectionSchema),
	}),
);

export const measureSchema = object({
	op: z.enum(['=', '≥', '≤', '>', '<']),
	value: z.nullable(z.number()),
	unit: z.nullable(z.string()),
	text: z.string(),
});

export const indicatorSchema = object({
	project: z.nullable(z.string()),
	level1: z.nullable(z.string()),
	level2: z.nullable(z.string()),
	name: z.string(),
	text: z.string(),
	direction: z.enum(['higher-is-better', 'lower-is-better', 'qualitative']),
	target: z.nullable(measureSchema),
	actual: z.nullable(measureSchema),
	weight: z.nullable(z.number()),
	score: z.nullable(z.number()),
	met: z.nullable(z.boolean()),
	loc: locSchema,
});

export const evidenceSchema = object({text: z.string(), loc: locSchema});

const messageDataSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const findingSchema = object({
	rule: z.string(),
	severity: z.enum(['error', 'warning', 'info']),
	messageId: z.string(),
	message: z.string(),
	evidence: z.array(evidenceSchema).check(z.minLength(1)),
	expected: z.nullable(z.union([z.number(), z.string()])),
	actual: z.nullable(z.union([z.number(), z.string()])),
	data: describe(messageDataSchema, "the values the message is made from (the catalogs' {{placeholders}})"),
	basis: describe(
		z.optional(z.literal('ocr')),
		'present when evidence was read by OCR: the finding is at most a warning and says so',
	),
});

export const noteSchema = object({
	code: z.string(),
	message: z.string(),
	data: z.optional(messageDataSchema),
	loc: z.nullable(locSchema),
});

export const reportSchema = object({
	schemaVersion: z.literal(SCHEMA_VERSION),
	source: object({
		path: z.string(),
		format: z.enum(FORMAT_IDS),
		sha256: z.string(),
		bytes: integer(),
		pages: z.nullable(integer()),
		encoding: z.nullable(z.string()),
	}),
	report: object({
		title: z.nullable(z.string()),
		department: z.nullable(z.string()),
		fiscalYear: z.nullable(integer()),
		kind: describe(
			z.enum(['department-overall', 'project', 'self-evaluation-table', 'unknown']),
			'self-evaluation-table: a stand-alone 绩效自评表 with no report around it',
		),
	}),
	sections: z.array(sectionSchema),
	facts: z.array(factSchema),
	indicators: z.array(indicatorSchema),
	evaluation: object({
		score: z.nullable(z.number()),
		scoreAtLeast: z.nullable(z.number()),
		grade: z.nullable(z.string()),
		period: z.nullable(object({from: z.string(), to: z.string()})),
		date: describe(z.nullable(z.string()), 'the date the self-evaluation was carried out or signed, when stated'),
		team: z.array(z.string()),
		loc: z.nullable(locSchema),
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
