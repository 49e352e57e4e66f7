// The floor of `npm run bench`: raw text extraction of the same files by the same libraries, with
// the same parallelism as ingest (N worker threads): pdf-parse getText for PDF (CMaps passed, as
// jixiao does), mammoth.extractRawText for DOCX, a plain read and decode for TXT. No analysis.
// usage: node scripts/bench-floor.mjs DIR [threads] [--as-shipped]
// --as-shipped loads pdf-parse as it comes, its polyfills replacing the thread's builtins.
import {readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads';

function listFiles(dir) {
	return readdirSync(dir, {recursive: true})
		.map((name) => join(dir, String(name)))
		.filter((path) => /\.(txt|docx|pdf)$/.test(path))
		.sort();
}

if (isMainThread) {
	const [dir, threadsArg = '2'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
	const asShipped = process.argv.includes('--as-shipped');
	const files = listFiles(dir);
	const threads = Number(threadsArg);
	const started = performance.now();
	const shares = Array.from({length: threads}, (_, index) => files.filter((_, at) => at % threads === index));
	const results = await Promise.all(
		shares.map(
			(share) =>
				new Promise((resolve, reject) => {
					const worker = new Worker(new URL(import.meta.url), {workerData: {share, asShipped}});
					worker.on('message', resolve);
					worker.on('error', reject);
				}),
		),
	);
	const seconds = (performance.now() - started) / 1000;
	const byFormat = {};
	for (const result of results)
		for (const [format, value] of Object.entries(result)) byFormat[format] = (byFormat[format] ?? 0) + value;
	console.log(JSON.stringify({files: files.length, seconds, byFormatSeconds: byFormat}));
} else {
	const require = createRequire(import.meta.url);
	const mammoth = require('mammoth');
	// Loaded as jixiao loads it, with the builtins its polyfills replace put back (dist/read/pdf-library.js):
	// the floor gets every speed-up that is not analysis.
	const {PDFParse} = workerData.asShipped
		? await import('pdf-parse')
		: await (await import('../dist/read/pdf-library.js')).pdfLibraries();
	const pdfjs = dirname(require.resolve('pdfjs-dist/package.json'));
	const spent = {txt: 0, docx: 0, pdf: 0};
	for (const path of workerData.share) {
		const start = performance.now();
		const bytes = readFileSync(path);
		if (path.endsWith('.txt')) new TextDecoder().decode(bytes);
		else if (path.endsWith('.docx')) await mammoth.extractRawText({buffer: bytes});
		else {
			const parser = new PDFParse({
				data: new Uint8Array(bytes),
				cMapUrl: `${join(pdfjs, 'cmaps')}/`,
				cMapPacked: true,
				standardFontDataUrl: `${join(pdfjs, 'standard_fonts')}/`,
				isEvalSupported: false,
				verbosity: 0,
			});
			await parser.getText();
			await parser.destroy();
		}
		spent[path.slice(path.lastIndexOf('.') + 1)] += (performance.now() - start) / 1000;
	}
	parentPort.postMessage(spent);
}
