// npm run bench [-- --count N] [-- --skip-inline]: how fast jixiao is on this machine. Medians where
// runs repeat (the machines are shared and noisy).
//  1. `jixiao parse` of one TXT and one DOCX report, whole process;
//  2. scaling: each pathological shape (scripts/pathological.mjs) at n and 8n, CPU time ratio;
//  3. bulk: builds an archive of N reports (default 1,000; a third each TXT, DOCX, PDF, figures
//     varied), runs `jixiao ingest` on it (worker threads, then without), and measures in the same
//     run the floor: raw text extraction of the same files by the same libraries, and by pdftotext
//     when installed. Peak RSS comes from GNU time.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {readFileSync} from 'node:fs';
import {runFileJob} from '../dist/jobs/file-job.js';
import {makeArchive} from './make-archive.mjs';
import {measureScaling} from './pathological.mjs';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--count') + 1] ?? 1000) || 1000;
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

const runs = [
	['ingest (2 worker threads)', []],
	...(args.includes('--skip-inline') ? [] : [['ingest (no worker threads)', ['--no-workers']]]),
];
const results = {};
for (const [label, extra] of runs) {
	const out = join(dir, `out-${extra.length}`);
	const run = measured(process.execPath, [
		'dist/cli.js',
		'ingest',
		archive,
		'--out',
		out,
		'--quiet',
		'--concurrency',
		'2',
		...extra,
	]);
	results[label] = run;
	console.log(
		`${label}: ${run.seconds.toFixed(1)} s, ${(files.length / run.seconds).toFixed(1)} reports/s, ${(megabytes / run.seconds).toFixed(2)} MB/s, peak RSS ${run.peakMb.toFixed(0)} MB`,
	);
	rmSync(out, {recursive: true, force: true});
}

const floor = measured(process.execPath, ['scripts/bench-floor.mjs', archive, '2']);
const floorInfo = JSON.parse(floor.stdout);
const ingestSeconds = results['ingest (2 worker threads)'].seconds;
console.log(
	`floor, same libraries (pdf-parse getText, mammoth.extractRawText, plain read; 2 threads): ${floor.seconds.toFixed(1)} s → ingest/floor = ${(ingestSeconds / floor.seconds).toFixed(2)}× (target ≤ 1.3×)`,
);
console.log(
	`  floor CPU seconds by format: ${Object.entries(floorInfo.byFormatSeconds)
		.map(([format, seconds]) => `${format} ${seconds.toFixed(1)}`)
		.join(', ')}`,
);
if (has('pdftotext')) {
	const pdfs = files.filter((path) => path.endsWith('.pdf'));
	const start = performance.now();
	for (const path of pdfs) execFileSync('pdftotext', [path, '-'], {stdio: ['ignore', 'ignore', 'ignore']});
	const seconds = (performance.now() - start) / 1000;
	console.log(`pdftotext on the ${pdfs.length} PDFs (one process each, sequential): ${seconds.toFixed(1)} s`);
}
rmSync(dir, {recursive: true, force: true});
