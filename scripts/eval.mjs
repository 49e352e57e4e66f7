// `npm run eval`: scores `jixiao parse` on the corpus (fixtures/corpus) and on the two seed reports with
// ../shared/tools/eval-corpus.mjs, then prints the combined figures.
//
// usage: node scripts/eval.mjs [--verbose] [--json FILE] [--check]
//   --check   exit 1 when a figure is below the project's targets or a document fails to parse
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const SCORER = '../shared/tools/eval-corpus.mjs';
const SETS = [
	{name: 'corpus', gold: 'fixtures/corpus/gold', docs: 'fixtures/corpus/docs'},
	{name: 'seeds', gold: '../shared/spec/seed-gold', docs: '../shared/seeds'},
];
/** The figures we hold ourselves to (README, "Figures we hold ourselves to"). */
const TARGETS = {fieldAccuracy: 97, factRecall: 95, factPrecision: 98, findingRecall: 90, findingPrecision: 95};

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
if (!existsSync(SCORER)) {
	console.error(`eval: ${SCORER} not found; run from the project root with shared/ beside it`);
	process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'jixiao-eval-'));
const totals = {docs: 0, failed: 0, fields: 0, fieldsOk: 0, facts: 0, factsHit: 0, extracted: 0, wrong: 0, required: 0, requiredHit: 0, falseAlarms: 0};
const documents = [];
for (const set of SETS) {
	const out = join(scratch, `${set.name}.json`);
	const run = spawnSync(process.execPath, [SCORER, set.gold, '--docs', set.docs, '--json', out, ...(verbose ? ['--verbose'] : [])], {encoding: 'utf8'});
	const lines = run.stdout.trimEnd().split('\n');
	// The scorer prints one line per document that falls short, its problems, then a summary line.
	for (const line of lines.slice(0, -1)) if (verbose || !line.startsWith('ok')) console.log(`${set.name}: ${line}`);
	if (!existsSync(out)) {
		console.error(`eval: the scorer failed on ${set.name}: ${run.stderr.trim().split('\n').at(-1)}`);
		process.exit(2);
	}
	const result = JSON.parse(readFileSync(out, 'utf8'));
	for (const key of Object.keys(totals)) totals[key] += result.figures.counts[key];
	documents.push(...result.documents.map((document) => ({set: set.name, ...document})));
}

const pct = (a, b) => (b ? (100 * a) / b : 100);
const figures = {
	documents: totals.docs,
	parseFailures: totals.failed,
	fieldAccuracy: pct(totals.fieldsOk, totals.fields),
	factRecall: pct(totals.factsHit, totals.facts),
	factPrecision: pct(totals.extracted - totals.wrong, totals.extracted),
	findingRecall: pct(totals.requiredHit, totals.required),
	findingPrecision: pct(totals.requiredHit, totals.requiredHit + totals.falseAlarms),
};
const f1 = (value) => `${value.toFixed(1)} %`;
const rows = [
	['documents', `${totals.docs} (${totals.failed} failed to parse)`, ''],
	['field accuracy', `${f1(figures.fieldAccuracy)} (${totals.fieldsOk}/${totals.fields})`, `≥ ${TARGETS.fieldAccuracy} %`],
	['fact recall', `${f1(figures.factRecall)} (${totals.factsHit}/${totals.facts})`, `≥ ${TARGETS.factRecall} %`],
	['fact precision', `${f1(figures.factPrecision)} (${totals.extracted - totals.wrong}/${totals.extracted} judged)`, `≥ ${TARGETS.factPrecision} %`],
	['finding recall', `${f1(figures.findingRecall)} (${totals.requiredHit}/${totals.required})`, `≥ ${TARGETS.findingRecall} %`],
	['finding precision', `${f1(figures.findingPrecision)} (${totals.falseAlarms} false alarms)`, `≥ ${TARGETS.findingPrecision} %`],
];
console.log('');
for (const [name, value, target] of rows) console.log(`${name.padEnd(18)} ${value.padEnd(34)} ${target}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({figures, counts: totals, documents}, null, 2));
const short = Object.entries(TARGETS).filter(([key, target]) => figures[key] < target);
if (args.includes('--check') && (short.length > 0 || totals.failed > 0)) {
	console.log(`below target: ${short.map(([key]) => key).join(', ') || 'parse failures'}`);
	process.exit(1);
}
