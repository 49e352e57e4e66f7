#!/usr/bin/env node
/**
The command line: parse | audit | rules | schema. The only module that prints or sets exit codes.
*/
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {DocumentLoadError, UsageError} from './errors.js';
import {formatStylish} from './format/stylish.js';
import {processDocument} from './pipeline.js';
import {RULES} from './rules/index.js';
import {reportJsonSchema, reportSchema, type Report} from './schema.js';

const USAGE = `usage: jixiao parse FILE
       jixiao audit FILE... [--format stylish|json]
       jixiao ingest INPUT... --out DIR [--concurrency N] [--timeout SECONDS] [--max-size MB] [--html] [--quiet] [--no-workers]
       jixiao report DIR
       jixiao rules
       jixiao schema`;

async function load(path: string): Promise<Report> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new DocumentLoadError('unreadable', code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? 'unknown error'})`);
	}
	return reportSchema.parse(await processDocument(bytes, path));
}

async function parseCommand(args: string[]): Promise<number> {
	if (args.length !== 1) throw new UsageError('parse takes exactly one FILE');
	const report = await load(args[0]!);
	process.stdout.write(JSON.stringify(report, null, 2) + '\n');
	return 0;
}

async function auditCommand(args: string[]): Promise<number> {
	const formatIndex = args.indexOf('--format');
	const format = formatIndex === -1 ? 'stylish' : args[formatIndex + 1];
	const files = formatIndex === -1 ? args : args.filter((_, index) => index !== formatIndex && index !== formatIndex + 1);
	if (files.length === 0) throw new UsageError('audit needs at least one FILE');
	if (format !== 'stylish' && format !== 'json') throw new UsageError(`Expected --format stylish or json, got ${format}`);
	const results: Array<{path: string; report?: Report; error?: string}> = [];
	for (const path of files) {
		try {
			results.push({path, report: await load(path)});
		} catch (error) {
			if (!(error instanceof DocumentLoadError)) throw error;
			results.push({path, error: `${error.reason}: ${error.message}`});
		}
	}
	if (format === 'json') process.stdout.write(JSON.stringify(results.map(({path, report, error}) => ({path, findings: report?.findings ?? [], error: error ?? null})), null, 2) + '\n');
	else process.stdout.write(formatStylish(results));
	const hasError = results.some((result) => result.report?.findings.some((finding) => finding.severity === 'error'));
	return hasError ? 1 : results.some((result) => result.error) ? 2 : 0;
}

/** Reads `--name value` options; flags listed in `flags` take no value. */
function readOptions(args: string[], flags: string[]): {positional: string[]; values: Map<string, string>; set: Set<string>} {
	const positional: string[] = [];
	const values = new Map<string, string>();
	const set = new Set<string>();
	for (let index = 0; index < args.length; index++) {
		const arg = args[index]!;
		if (!arg.startsWith('--')) positional.push(arg);
		else if (flags.includes(arg)) set.add(arg);
		else {
			const value = args[++index];
			if (value === undefined) throw new UsageError(`${arg} needs a value`);
			values.set(arg, value);
		}
	}
	return {positional, values, set};
}

function positiveNumber(text: string | undefined, name: string, fallback: number): number {
	if (text === undefined) return fallback;
	const value = Number(text);
	if (!Number.isFinite(value) || value <= 0) throw new UsageError(`Expected ${name} to be a positive number, got \`${text}\``);
	return value;
}

async function ingestCommand(args: string[]): Promise<number> {
	const {positional, values, set} = readOptions(args, ['--html', '--quiet', '--no-workers']);
	const out = values.get('--out');
	if (!out) throw new UsageError('ingest needs --out DIR');
	if (positional.length === 0) throw new UsageError('ingest needs at least one INPUT (file, folder, .zip or glob)');
	const {ingest} = await import('./batch/ingest.js');
	const {terminalProgress} = await import('./batch/progress.js');
	const display = process.stderr.isTTY && !set.has('--quiet') ? terminalProgress(process.stderr) : null;
	const summary = await ingest({
		inputs: positional,
		out,
		concurrency: positiveNumber(values.get('--concurrency'), '--concurrency', 2),
		timeoutMs: positiveNumber(values.get('--timeout'), '--timeout', 60) * 1000,
		maxBytes: positiveNumber(values.get('--max-size'), '--max-size', 50) * 1024 * 1024,
		workers: !set.has('--no-workers'),
		onProgress: display?.update,
	});
	display?.finish();
	if (set.has('--html')) await (await import('./html/report.js')).writeHtmlReport(out);
	process.stderr.write(`jixiao ingest: ${summary.inputs} inputs: ${summary.reports} reports, ${summary.failed} failed, ${summary.duplicates} duplicates, ${summary.notReports} not reports (errors.ndjson), ${summary.skipped} skipped (not report files); parsed ${summary.parsedThisRun}, reused ${summary.cachedThisRun}; ${summary.durationSeconds} s, ${summary.reportsPerSecond} reports/s → ${out}\n`);
	return summary.failed > 0 ? 1 : 0;
}

async function reportCommand(args: string[]): Promise<number> {
	if (args.length !== 1) throw new UsageError('report takes exactly one DIR');
	if (!existsSync(join(args[0]!, 'reports.ndjson'))) throw new UsageError(`${args[0]} is not an ingest output folder (no reports.ndjson): run jixiao ingest … --out ${args[0]} first`);
	const path = await (await import('./html/report.js')).writeHtmlReport(args[0]!);
	process.stderr.write(`jixiao report: wrote ${path}\n`);
	return 0;
}

function rulesCommand(): number {
	const rules = Object.values(RULES);
	const width = Math.max(...rules.map((rule) => rule.meta.id.length), 4);
	for (const {meta} of rules) process.stdout.write(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${meta.description}\n`);
	return 0;
}

async function main(argv: string[]): Promise<number> {
	const [command, ...args] = argv;
	switch (command) {
		case 'parse':
			return parseCommand(args);
		case 'audit':
			return auditCommand(args);
		case 'ingest':
			return ingestCommand(args);
		case 'report':
			return reportCommand(args);
		case 'rules':
			return rulesCommand();
		case 'schema':
			process.stdout.write(JSON.stringify(reportJsonSchema(), null, 2) + '\n');
			return 0;
		case undefined:
		case '--help':
		case '-h':
			process.stdout.write(USAGE + '\n');
			return command === undefined ? 2 : 0;
		default:
			throw new UsageError(`unknown command ${command}`);
	}
}

// `jixiao rules | head`: a reader that went away is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		const file = process.argv[3];
		if (error instanceof DocumentLoadError) process.stderr.write(`jixiao: ${file}: ${error.reason}: ${error.message}\n`);
		else if (error instanceof UsageError) process.stderr.write(`jixiao: ${error.message}\n${USAGE}\n`);
		else process.stderr.write(`jixiao: internal error: ${error instanceof Error ? error.message : String(error)}\n${process.env['JIXIAO_DEBUG'] && error instanceof Error ? error.stack + '\n' : ''}`);
		process.exitCode = 2;
	},
);
