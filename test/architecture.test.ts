import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, normalize, relative} from 'node:path';
import {describe, expect, it} from 'vitest';

/**
The layers of src/, lowest first (README, "How it works"). A module may import its own layer or a
lower one, never a higher one, and the import graph has no cycle (type-only imports included).
*/
const LAYERS: string[][] = [
	['errors.ts', 'schema.ts', 'formats.ts', 'messages/', 'runtime/', 'text/', 'lexicon/'],
	['document/', 'nlp/'],
	['segment/', 'format/'],
	['read/', 'extract/'],
	['analysis.ts'],
	['rules/'],
	['pipeline.ts'],
	['jobs/'],
	['batch/', 'index.ts'],
	['html/'],
	['cli.ts'],
];

const SRC = 'src';

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|mjs)$/u.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}

/** Relative imports of a module (static, dynamic and type-only), as paths under src/. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/gu)].map(
		(match) => match[1]!,
	);
	return specifiers.map((specifier) => normalize(join(dirname(file), specifier)).replace(/\.js$/u, '.ts'));
}

function layerOf(file: string): number {
	const path = relative(SRC, file);
	const index = LAYERS.findIndex((layer) =>
		layer.some((entry) => (entry.endsWith('/') ? path.startsWith(entry) : path === entry)),
	);
	if (index === -1) throw new Error(`Expected ${path} to belong to a layer of test/architecture.test.ts`);
	return index;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => files.includes(target))]));

describe('the import graph of src/', () => {
	it('puts every module in a layer', () => {
		for (const file of files) expect(() => layerOf(file)).not.toThrow();
	});

	it('never imports upward: each arrow goes to the same layer or a lower one', () => {
		const upward = [...graph].flatMap(([file, targets]) =>
			targets.filter((target) => layerOf(target) > layerOf(file)).map((target) => `${file} -> ${target}`),
		);
		expect(upward).toEqual([]);
	});

	it('has no cycle', () => {
		const cycles: string[][] = [];
		const state = new Map<string, 'open' | 'done'>();
		const stack: string[] = [];
		const visit = (file: string) => {
			state.set(file, 'open');
			stack.push(file);
			for (const target of graph.get(file) ?? []) {
				if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target]);
				else if (!state.has(target)) visit(target);
			}
			stack.pop();
			state.set(file, 'done');
		};
		for (const file of files) if (!state.has(file)) visit(file);
		expect(cycles.map((cycle) => cycle.join(' -> '))).toEqual([]);
	});
});
