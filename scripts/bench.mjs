// npm run bench: how fast jixiao is on this machine. Prints medians (the machines are shared and noisy).
//  1. whole-process `jixiao parse` of one TXT report (spawned; tokenizer load included);
//  2. in-process throughput over the TXT fixtures against the raw read of the same files (the floor).
// The bulk-ingest benchmark of issue 5 (1,000–5,000 mixed reports, peak RSS) is not built yet.
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {parseBytes} from '../dist/index.js';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const files = readdirSync('fixtures').filter((name) => name.endsWith('.txt')).map((name) => `fixtures/${name}`);

const wall = [];
for (let run = 0; run < 9; run++) {
	const start = performance.now();
	const result = spawnSync(process.execPath, ['dist/cli.js', 'parse', files[0]], {stdio: ['ignore', 'ignore', 'inherit']});
	if (result.status !== 0) throw new Error('parse failed');
	wall.push(performance.now() - start);
}
console.log(`jixiao parse (one TXT, whole process): median ${median(wall).toFixed(0)} ms over ${wall.length} runs (target < 500 ms)`);

const rounds = 40;
const bytes = files.map((path) => readFileSync(path));
await parseBytes(bytes[0], files[0]); // tokenizer load is a once-per-process cost
const perRound = [];
for (let round = 0; round < rounds; round++) {
	const start = performance.now();
	for (const [index, content] of bytes.entries()) await parseBytes(content, files[index]);
	perRound.push((performance.now() - start) / bytes.length);
}
const readRound = [];
for (let round = 0; round < rounds; round++) {
	const start = performance.now();
	for (const path of files) new TextDecoder().decode(readFileSync(path));
	readRound.push((performance.now() - start) / files.length);
}
const perReport = median(perRound);
console.log(`in process: median ${perReport.toFixed(1)} ms per TXT report = ${(1000 / perReport).toFixed(0)} reports/s on one core; plain read ${median(readRound).toFixed(2)} ms per report`);
