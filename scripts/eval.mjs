// `npm run eval`: scores `jixiao parse` on the corpus (fixtures/corpus) and on the two seed reports with
// ../shared/tools/eval-corpus.mjs, then prints the combined figures.
//
// usage: node scripts/eval.mjs [--verbose] [--json FILE] [--check]
//   --check   exit 1 when a figure is below the project's targets or a document fails to parse
import {spawn} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
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
const totals = {
	docs: 0,
	failed: 0,
	fields: 0,
	fieldsOk: 0,
	facts: 0,
	factsHit: 0,
	extracted: 0,
	wrong: 0,
	required: 0,
	requiredHit: 0,
	falseAlarms: 0,
};
const documents = [];

/**
The scorer parses one document after another; its gold files are split into one shard per core and
the shards run side by side. Each gold file still names its document relative to --docs.
*/
function shardsOf(set) {
	const golds = readdirSync(set.gold)
		.filter((name) => name.endsWith('.json'))
		.sort();
	const count = Math.max(1, Math.min(availableParallelism(), golds.length));
	return Array.from({length: count}, (_, shard) => {
		const dir = join(scratch, `${set.name}-${shard}`);
		mkdirSync(dir);
		for (const name of golds.filter((_, index) => index % count === shard))
			copyFileSync(join(set.gold, name), join(dir, name));
		return {...set, gold: dir, out: join(scratch, `${set.name}-${shard}.json`)};
	});
}

function score(shard) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [
			SCORER,
			shard.gold,
			'--docs',
			shard.docs,
			'--json',
			shard.out,
			...(verbose ? ['--verbose'] : []),
		]);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('close', () => resolve({shard, stdout, stderr}));
	});
}

for (const {shard, stdout, stderr} of await Promise.all(SETS.flatMap(shardsOf).map(score))) {
	// The scorer prints one line per document that falls short, its problems, then a summary line.
	for (const line of stdout.trimEnd().split('\n').slice(0, -1))
		if (verbose || !line.startsWith('ok')) console.log(`${shard.name}: ${line}`);
	if (!existsSync(shard.out)) {
		console.error(`eval: the scorer failed on ${shard.name}: ${stderr.trim().split('\n').at(-1)}`);
		process.exit(2);
	}
	const result = JSON.parse(readFileSync(shard.out, 'utf8'));
	for (const key of Object.keys(totals)) totals[key] += result.figures.counts[key];
	documents.push(...result.documents.map((document) => ({set: shard.name, ...document})));
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
	[
		'field accuracy',
		`${f1(figures.fieldAccuracy)} (${totals.fieldsOk}/${totals.fields})`,
		`≥ ${TARGETS.fieldAccuracy} %`,
	],
	['fact recall', `${f1(figures.factRecall)} (${totals.factsHit}/${totals.facts})`, `≥ ${TARGETS.factRecall} %`],
	[
		'fact precision',
		`${f1(figures.factPrecision)} (${totals.extracted - totals.wrong}/${totals.extracted} judged)`,
		`≥ ${TARGETS.factPrecision} %`,
	],
	[
		'finding recall',
		`${f1(figures.findingRecall)} (${totals.requiredHit}/${totals.required})`,
		`≥ ${TARGETS.findingRecall} %`,
	],
	[
		'finding precision',
		`${f1(figures.findingPrecision)} (${totals.falseAlarms} false alarms)`,
		`≥ ${TARGETS.findingPrecision} %`,
	],
];
console.log('');
for (const [name, value, target] of rows) console.log(`${name.padEnd(18)} ${value.padEnd(34)} ${target}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({figures, counts: totals, documents}, null, 2));
const short = Object.entries(TARGETS).filter(([key, target]) => figures[key] < target);
if (args.includes('--check') && (short.length > 0 || totals.failed > 0)) {
	console.log(`below target: ${short.map(([key]) => key).join(', ') || 'parse failures'}`);
	process.exit(1);
}
