/**
Runs report text through the real pipeline (no rules) and returns what the tests look at: the
normalized paragraphs and the facts as [concept, stage, entity, value] rows.
*/
import {processRaw} from '../../src/pipeline.js';
import {readTxt} from '../../src/read/txt.js';
import {normalize} from '../../src/read/normalize.js';
import type {Report} from '../../src/schema.js';

export async function reportOf(text: string): Promise<Report> {
	const bytes = Buffer.from(text);
	return processRaw(
		await readTxt(bytes),
		{path: 'case.txt', format: 'txt', sha256: '', bytes: bytes.length},
		{rules: []},
	);
}

export type FactRow = [concept: string | null, stage: string | null, entity: string | null, value: number];

export async function factsOf(text: string): Promise<FactRow[]> {
	return (await reportOf(text)).facts
		.filter((fact) => fact.concept)
		.map((fact) => [fact.concept, fact.stage, fact.entity, fact.value]);
}

/** Paragraphs after normalization as [kind, text]: table rows keep their tabs. */
export async function paragraphsOf(text: string): Promise<Array<[string, string]>> {
	const bytes = Buffer.from(text);
	const doc = normalize(await readTxt(bytes), {
		path: 'case.txt',
		format: 'txt',
		sha256: '',
		bytes: bytes.length,
		joinBrokenLines: true,
	});
	return doc.paragraphs.map((paragraph) => [paragraph.kind, doc.text.slice(paragraph.start, paragraph.end)]);
}
