// npm run bench [-- --count N] [-- --large N] [-- --inline]: how fast jixiao is on this machine.
// Medians where runs repeat (the machines are shared and noisy).
//  1. `jixiao parse` of one TXT and one DOCX report, whole process;
//  2. scaling: each pathological shape (scripts/pathological.mjs) at n and 8n, CPU time ratio;
//  3. bulk: builds an archive of N reports (default 1,000; a third each TXT, DOCX, PDF, figures
//     varied) and runs `jixiao ingest` on it and the floor (raw text extraction of the same files
//     by the same libraries) three times each, interleaved, for medians; --inline adds a run
//     without worker threads. Peak RSS comes from GNU time;
//  4. PostgreSQL (when the server is installed): the same ingest with --db into a throw-away
//     cluster, and the database writes alone (a cached re-run into an empty database);
//  5. peak RSS at --large N reports (default 5,000; 0 skips);
//  6. OCR seconds per page (the scanned fixtures) and converted formats (.doc, .wps, .xls, .et)
//     per second, when LibreOffice and Tesseract are installed.
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {readFileSync} from 'node:fs';
import {runFileJob} from '../dist/jobs/file-job.js';
import {makeArchive} from './make-archive.mjs';
import {measureScaling} from './pathological.mjs';
import {createDatabase, startPostgres} from './throwaway-postgres.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const count = option('--count', 1000) || 1000;
const large = option('--large', 5000);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

function timeParse(path, runs = 9) {
	const wall = [];
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		const result = spawnSync(process.execPath, ['dist/cli.js', 'parse', path], {
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		if (result.status !== 0) throw new Error(`parse ${path} failed`);
		wall.push(performance.now() - start);
	}
	return median(wall);
}

/** Runs a command under GNU time; returns wall seconds and peak RSS in MB. */
function measured(command, commandArgs) {
	const start = performance.now();
	const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...commandArgs], {encoding: 'utf8'});
	const seconds = (performance.now() - start) / 1000;
	const peakKb = Number(result.stderr.trim().split('\n').at(-1));
	return {seconds, peakMb: peakKb / 1024, stdout: result.stdout, status: result.status};
}

console.log(
	`jixiao parse, whole process, median of 9: TXT ${timeParse('fixtures/002_bc18d932a785869a.txt').toFixed(0)} ms (target < 500), DOCX ${timeParse('fixtures/docx/002_bc18d932a785869a.docx').toFixed(0)} ms (target < 700)`,
);

const seed = readFileSync('fixtures/000_7584c7280180b575.txt', 'utf8');
const scaling = await measureScaling(
	async (text) => {
		const result = await runFileJob({
			path: 'shape.txt',
			bytes: Buffer.from(text),
			sha256: '0'.repeat(64),
			forIngest: false,
		});
		if (result.status !== 'ok') throw new Error(`a pathological shape failed: ${result.message}`);
	},
	{seed},
);
console.log(
	`scaling, CPU time at 8n ÷ at n (median of 3; linear ≈ 8, target ≤ 12): ${scaling.map((row) => `${row.shape} ${row.ratio}× (${row.small} → ${row.large} ms)`).join('; ')}`,
);

const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
const archive = join(dir, 'archive');
await makeArchive(archive, {count, mix: {txt: 1 / 3, docx: 1 / 3, pdf: 1 / 3}});
const files = readdirSync(archive, {recursive: true})
	.map((name) => join(archive, String(name)))
	.filter((path) => statSync(path).isFile());
const megabytes = files.reduce((sum, path) => sum + statSync(path).size, 0) / 1048576;
console.log(`archive: ${files.length} reports, ${megabytes.toFixed(1)} MB`);

const ingestArgs = (input, out, extra = []) => [
	'dist/cli.js',
	'ingest',
	input,
	'--out',
	out,
	'--quiet',
	'--concurrency',
	'2',
	...extra,
];
const perSecond = (reports, seconds) => (reports / seconds).toFixed(1);

if (args.includes('--inline')) {
	const out = join(dir, 'out-inline');
	const run = measured(process.execPath, ingestArgs(archive, out, ['--no-workers']));
	console.log(
		`ingest (no worker threads): ${run.seconds.toFixed(1)} s, ${perSecond(files.length, run.seconds)} reports/s, peak RSS ${run.peakMb.toFixed(0)} MB`,
	);
	rmSync(out, {recursive: true, force: true});
}

// Interleaved, so that a slow spell of the machine falls on both.
const ingests = [];
const floors = [];
for (let run = 0; run < 3; run++) {
	const out = join(dir, 'out');
	ingests.push(measured(process.execPath, ingestArgs(archive, out)));
	ingests.at(-1).summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
	rmSync(out, {recursive: true, force: true});
	floors.push(measured(process.execPath, ['scripts/bench-floor.mjs', archive, '2']));
}
const ingestSeconds = median(ingests.map((run) => run.seconds));
const floorSeconds = median(floors.map((run) => run.seconds));
const list = (runs) => runs.map((run) => run.seconds.toFixed(1)).join(', ');
console.log(
	`ingest (2 worker threads), median of 3: ${ingestSeconds.toFixed(1)} s (${list(ingests)}), ${perSecond(files.length, ingestSeconds)} reports/s, ${(megabytes / ingestSeconds).toFixed(2)} MB/s, peak RSS ${Math.max(...ingests.map((run) => run.peakMb)).toFixed(0)} MB`,
);
console.log(
	`floor, same libraries (pdf-parse getText, mammoth.extractRawText, plain read; 2 threads), median of 3: ${floorSeconds.toFixed(1)} s (${list(floors)}) → ingest/floor = ${(ingestSeconds / floorSeconds).toFixed(2)}× (target ≤ 1.3×)`,
);
const shipped = measured(process.execPath, ['scripts/bench-floor.mjs', archive, '2', '--as-shipped']);
console.log(
	`  the floor with pdf-parse as it ships (its polyfills replacing the thread's builtins), one run: ${shipped.seconds.toFixed(1)} s → ingest/floor = ${(ingestSeconds / shipped.seconds).toFixed(2)}×`,
);
// Thread-seconds by format, the last ingest's file jobs against the last floor's: where the gap is.
const floorInfo = JSON.parse(floors.at(-1).stdout);
const bySeconds = (seconds) =>
	Object.entries(seconds)
		.map(([format, value]) => `${format} ${value.toFixed(1)}`)
		.join(', ');
console.log(`  floor thread-seconds by format: ${bySeconds(floorInfo.byFormatSeconds)}`);
console.log(`  ingest file-job thread-seconds by format: ${bySeconds(ingests.at(-1).summary.jobSecondsByFormat)}`);

if (existsSync('/usr/lib/postgresql')) {
	const server = await startPostgres();
	try {
		const out = join(dir, 'out-db');
		const whole = measured(process.execPath, ingestArgs(archive, out, ['--db', await createDatabase(server, 'whole')]));
		// The same cached run with and without a database: the difference is the database's writes.
		const cached = measured(process.execPath, ingestArgs(archive, out));
		const written = measured(
			process.execPath,
			ingestArgs(archive, out, ['--db', await createDatabase(server, 'rows')]),
		);
		const writeSeconds = Math.max(0.001, written.seconds - cached.seconds);
		console.log(
			`ingest into PostgreSQL (--db, throw-away local cluster): ${whole.seconds.toFixed(1)} s, ${perSecond(files.length, whole.seconds)} reports/s; the database writes alone: ${writeSeconds.toFixed(1)} s, ${perSecond(files.length, writeSeconds)} reports/s`,
		);
		rmSync(out, {recursive: true, force: true});
	} finally {
		await server.stop();
	}
}

if (large > 0) {
	const big = join(dir, 'large');
	await makeArchive(big, {count: large, mix: {txt: 1 / 3, docx: 1 / 3, pdf: 1 / 3}});
	const out = join(dir, 'out-large');
	const run = measured(process.execPath, ingestArgs(big, out));
	console.log(
		`ingest of ${large} reports: ${run.seconds.toFixed(1)} s, ${perSecond(large, run.seconds)} reports/s, peak RSS ${run.peakMb.toFixed(0)} MB (target < 500)`,
	);
	rmSync(big, {recursive: true, force: true});
	rmSync(out, {recursive: true, force: true});
}

if (has('tesseract') && has('pdftoppm')) {
	const scans = readdirSync('fixtures/scans').map((name) => join('fixtures/scans', name));
	let pages = 0;
	const start = performance.now();
	for (const path of scans) {
		const result = spawnSync(process.execPath, ['dist/cli.js', 'parse', path, '--timeout', '600'], {
			encoding: 'utf8',
			maxBuffer: 1 << 28,
		});
		pages += JSON.parse(result.stdout).source.pages;
	}
	const seconds = (performance.now() - start) / 1000;
	console.log(
		`OCR: ${scans.length} scanned PDFs, ${pages} pages in ${seconds.toFixed(1)} s → ${(seconds / pages).toFixed(1)} s per page (one thread per file)`,
	);
}
if (has('soffice')) {
	const converted = readdirSync('fixtures/office').filter((name) => /\.(doc|wps|xls|et)$/.test(name));
	const out = join(dir, 'out-office');
	const inputs = join(dir, 'office');
	mkdirSync(inputs);
	for (const name of converted) cpSync(join('fixtures/office', name), join(inputs, name));
	const run = measured(process.execPath, ingestArgs(inputs, out));
	console.log(
		`converted formats (LibreOffice): ${converted.length} files in ${run.seconds.toFixed(1)} s → ${perSecond(converted.length, run.seconds)} reports/s`,
	);
}
if (has('pdftotext')) {
	const pdfs = files.filter((path) => path.endsWith('.pdf'));
	const start = performance.now();
	for (const path of pdfs) execFileSync('pdftotext', [path, '-'], {stdio: ['ignore', 'ignore', 'ignore']});
	const seconds = (performance.now() - start) / 1000;
	console.log(`pdftotext on the ${pdfs.length} PDFs (one process each, sequential): ${seconds.toFixed(1)} s`);
}
rmSync(dir, {recursive: true, force: true});
