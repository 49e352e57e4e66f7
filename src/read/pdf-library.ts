/**
pdf-parse and pdf.js, loaded once per thread. Their legacy build (the one for Node) carries core-js
polyfills that replace builtins for every module of the thread, for spec corner cases Node 20 gets
right enough for us: Array.prototype.push (array lengths past 2^32) and JSON.parse (access to the
source text). Measured on an ingest of 300 reports, the polyfilled push and its length setter were
a quarter of all CPU time, in pdf.js and in our own analysis alike. Every builtin that existed before
and was replaced is put back once both modules and pdf.js's worker code (which carries the same
polyfills and is otherwise loaded on the first document) are in; what they add (Promise.withResolvers,
Set methods) stays, pdf.js needs it.
*/

/** The builtins whose own properties are checked: those core-js patches. */
const BUILTINS: object[] = [
	Array,
	Array.prototype,
	Object,
	JSON,
	Math,
	String.prototype,
	Promise,
	Map.prototype,
	Set.prototype,
	Uint8Array,
	Uint8Array.prototype,
	ArrayBuffer.prototype,
	Function.prototype,
];

type Snapshot = Array<{target: object; key: string | symbol; descriptor: PropertyDescriptor}>;

function snapshot(): Snapshot {
	return BUILTINS.flatMap((target) =>
		Reflect.ownKeys(target).map((key) => ({target, key, descriptor: Object.getOwnPropertyDescriptor(target, key)!})),
	);
}

const sameDescriptor = (a: PropertyDescriptor | undefined, b: PropertyDescriptor) =>
	a !== undefined && a.value === b.value && a.get === b.get && a.set === b.set;

/** Puts back what was replaced since the snapshot; returns the names put back. */
export function restoreBuiltins(before: Snapshot): string[] {
	const restored: string[] = [];
	for (const {target, key, descriptor} of before) {
		if (sameDescriptor(Object.getOwnPropertyDescriptor(target, key), descriptor)) continue;
		Object.defineProperty(target, key, descriptor);
		restored.push(String(key));
	}
	return restored;
}

async function load() {
	const before = snapshot();
	const [pdfParse, pdfjs] = await Promise.all([
		import('pdf-parse'),
		import('pdfjs-dist/legacy/build/pdf.mjs'),
		// @ts-expect-error: the worker module ships without types; importing it sets globalThis.pdfjsWorker, which pdf.js then uses in this thread.
		import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
	]);
	restoreBuiltins(before);
	return {PDFParse: pdfParse.PDFParse, pdfjs};
}

let loaded: ReturnType<typeof load> | undefined;

/** pdf-parse's PDFParse and pdf.js, with the thread's builtins as they were. */
export function pdfLibraries(): ReturnType<typeof load> {
	loaded ??= load();
	return loaded;
}
