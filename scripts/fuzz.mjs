#!/usr/bin/env node
/**
npm run fuzz -- [--count N] [--seed S] [--timeout SECONDS]: feeds N generated hostile inputs (see
fuzz-cases.mjs) through the same worker pool ingest uses and prints the outcomes. Every input must
give a schema-valid report or a failure with a document reason class; an internal error, an invalid
report or a timeout (a hang: the inputs are small) is a bug, listed with its case number, and makes
the exit code 1. Runs on the built code (npm run build).
*/
import {parseArgs} from 'node:util';
import {WorkerPool} from '../dist/jobs/worker-pool.js';
import {reportSchema} from '../dist/schema.js';
import {fuzz} from './fuzz-cases.mjs';

const {values} = parseArgs({
	options: {
		count: {type: 'string', default: '1000'},
		seed: {type: 'string', default: '1'},
		timeout: {type: 'string', default: '20'},
		concurrency: {type: 'string', default: '2'},
	},
});
const count = Number(values.count);
const concurrency = Number(values.concurrency);
const pool = new WorkerPool(concurrency, {timeoutMs: Number(values.timeout) * 1000, memoryMb: 1024});
const result = await fuzz({
	seed: Number(values.seed),
	count,
	concurrency,
	run: (job) => pool.run(job),
	validate: (json) => reportSchema.parse(JSON.parse(json)),
	onCase: (tally) => {
		if (process.stderr.isTTY && tally.total % 50 === 0) process.stderr.write(`\r${tally.total}/${count}`);
	},
});
await pool.close();
if (process.stderr.isTTY) process.stderr.write('\r');
console.log(
	`fuzz seed ${values.seed}: ${result.total} inputs in ${result.seconds} s: ${result.ok} reports, failures by reason ${JSON.stringify(result.byReason)}, ${result.bugs.length} bugs`,
);
for (const slow of result.pdfTimeouts)
	console.log(
		`  case ${slow.index} (${slow.name}): PDF stopped at the time limit (pdf.js on a damaged font), not counted as a bug`,
	);
for (const bug of result.bugs) console.log(`  case ${bug.index} (${bug.name}): ${bug.reason}: ${bug.message}`);
process.exitCode = result.bugs.length > 0 ? 1 : 0;
