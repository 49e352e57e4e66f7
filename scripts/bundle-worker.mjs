// Bundles the file worker (dist/jobs/file-worker.js and every module of ours it reaches, with zod)
// into that one file, in place, after tsc. Why: a worker thread starts by loading its modules, and
// through ESM that was ~170 files (74 of ours, 95 of zod's), ~190 ms of a one-file parse; as one
// file it is ~125 ms. The other packages stay imports: they are native, large and loaded only for
// their formats (pdf.js, mammoth), or small. Running the unbundled output of tsc alone works the
// same, only slower to start.
// Modules the job imports lazily (the DOCX and PDF readers, with yauzl, xmldom and pdf.js) stay
// lazy: they go to chunks beside the entry (dist/jobs/file-worker-*.js, the same depth as the
// modules they came from, so paths relative to import.meta.url still hold).
import {readdirSync, readFileSync, rmSync} from 'node:fs';
import {build} from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const inlined = new Set(['zod']);
const jobs = new URL('../dist/jobs/', import.meta.url).pathname;
for (const name of readdirSync(jobs)) if (/^file-worker-.*\.js$/.test(name)) rmSync(jobs + name);
await build({
	entryPoints: [`${jobs}file-worker.js`],
	outdir: jobs,
	chunkNames: 'file-worker-[hash]',
	splitting: true,
	allowOverwrite: true,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	external: Object.keys(pkg.dependencies).filter((name) => !inlined.has(name)),
	logLevel: 'warning',
});
