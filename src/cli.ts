#!/usr/bin/env node
/**
The command line: parse | audit | ingest | report | rules | schema. The only module that prints or
sets exit codes. parse and audit run each file's work in a worker thread under the same limits as
ingest (--timeout, --max-size, --max-memory), so no file can hang or exhaust the process. Every
line it prints comes from the catalog of the run's language (--lang, JIXIAO_LANG, default zh).
*/
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {readFile, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {INGEST_DEFAULTS} from './batch/ingest-defaults.js';
import {DocumentLoadError, overSizeLimit, RunError, UsageError} from './errors.js';
import type {FileJob, FileJobResult} from './jobs/file-job.js';
import {fileRunner} from './jobs/file-runner.js';
import {langOf as chooseLang, isLang, type Lang, say} from './messages/catalog.js';
import type {OcrMode} from './read/pdf.js';
import type {Report} from './schema.js';

let lang: Lang = chooseLang();
const line = (key: string, data?: Record<string, string | number>) => say(lang, 'cli', key, data);

/** The language of this run: --lang, else JIXIAO_LANG, else Chinese; read before anything can fail. */
function langOf(argv: string[]): Lang {
	const index = argv.indexOf('--lang');
	const asked = index === -1 ? undefined : argv[index + 1];
	if (asked !== undefined && !isLang(asked)) throw new UsageError('error.lang', {value: asked});
	return chooseLang(asked);
}

const COMMANDS = ['parse', 'audit', 'ingest', 'report', 'rules', 'schema'];

type Limits = {timeoutMs: number; maxBytes: number; memoryMb: number; workers: boolean; ocr: OcrMode};

const OCR_MODES: readonly OcrMode[] = ['auto', 'off', 'force'];

function readLimits(values: Map<string, string>, set: Set<string>): Limits {
	const ocr = values.get('--ocr') ?? 'auto';
	if (!(OCR_MODES as readonly string[]).includes(ocr)) throw new UsageError('error.ocr', {value: ocr});
	return {
		ocr: ocr as OcrMode,
		timeoutMs: positiveNumber(values.get('--timeout'), '--timeout', INGEST_DEFAULTS.timeoutMs / 1000) * 1000,
		maxBytes: positiveNumber(values.get('--max-size'), '--max-size', INGEST_DEFAULTS.maxBytes / 1048576) * 1048576,
		memoryMb: positiveNumber(values.get('--max-memory'), '--max-memory', INGEST_DEFAULTS.memoryMb),
		workers: !set.has('--no-workers'),
	};
}

/** The report JSON of one file, or a DocumentLoadError saying why there is none. */
async function load(path: string, limits: Limits, run: (job: FileJob) => Promise<FileJobResult>): Promise<string> {
	let bytes: Buffer;
	try {
		const {size} = await stat(path);
		if (size > limits.maxBytes)
			throw new DocumentLoadError('too-large', `${overSizeLimit(size, limits.maxBytes)} (--max-size)`);
		bytes = await readFile(path);
	} catch (error) {
		if (error instanceof DocumentLoadError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		throw new DocumentLoadError(
			'unreadable',
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'is a directory'
					: `cannot read (${code ?? 'unknown error'})`,
		);
	}
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const result = await run({path, bytes, sha256, forIngest: false, lang, ocr: limits.ocr});
	if (result.status === 'ok') return result.reportJson;
	if (result.status === 'failed' && result.reason !== 'internal')
		throw new DocumentLoadError(result.reason, result.message);
	throw new Error(result.status === 'failed' ? result.message : 'not a report');
}

/** load(), with the path named in the error line. */
async function loadNamed(path: string, limits: Limits, run: (job: FileJob) => Promise<FileJobResult>): Promise<string> {
	try {
		return await load(path, limits, run);
	} catch (error) {
		if (error instanceof DocumentLoadError || error instanceof Error) Object.assign(error, {path});
		throw error;
	}
}

async function parseCommand(args: string[]): Promise<number> {
	const {positional, values, set} = readOptions(args, ['--no-workers']);
	if (positional.length !== 1) throw new UsageError('error.parseOneFile');
	const runner = await fileRunner({...readLimits(values, set), threads: 1, warm: true});
	try {
		process.stdout.write(await loadNamed(positional[0]!, readLimits(values, set), runner.run));
	} finally {
		await runner.close();
	}
	return 0;
}

async function auditCommand(args: string[]): Promise<number> {
	const {positional: files, values, set} = readOptions(args, ['--no-workers']);
	const format = values.get('--format') ?? 'stylish';
	if (files.length === 0) throw new UsageError('error.auditNeedsFile');
	if (format !== 'stylish' && format !== 'json') throw new UsageError('error.format', {value: format});
	const limits = readLimits(values, set);
	const runner = await fileRunner({...limits, threads: 1, warm: true});
	const results: Array<{path: string; report?: Report; error?: string}> = [];
	try {
		for (const path of files) {
			try {
				results.push({path, report: JSON.parse(await loadNamed(path, limits, runner.run)) as Report});
			} catch (error) {
				if (!(error instanceof DocumentLoadError)) throw error;
				results.push({path, error: unreadableLine(error, 'audit.unreadable')});
			}
		}
	} finally {
		await runner.close();
	}
	if (format === 'json')
		process.stdout.write(
			`${JSON.stringify(
				results.map(({path, report, error}) => ({path, findings: report?.findings ?? [], error: error ?? null})),
				null,
				2,
			)}\n`,
		);
	else process.stdout.write((await import('./format/stylish.js')).formatStylish(results, lang));
	const hasError = results.some((result) => result.report?.findings.some((finding) => finding.severity === 'error'));
	return hasError ? 1 : results.some((result) => result.error) ? 2 : 0;
}

/** Reads `--name value` options; flags listed in `flags` take no value. */
function readOptions(
	args: string[],
	flags: string[],
): {positional: string[]; values: Map<string, string>; set: Set<string>} {
	const positional: string[] = [];
	const values = new Map<string, string>();
	const set = new Set<string>();
	for (let index = 0; index < args.length; index++) {
		const arg = args[index]!;
		if (!arg.startsWith('--')) positional.push(arg);
		else if (flags.includes(arg)) set.add(arg);
		else {
			const value = args[++index];
			if (value === undefined) throw new UsageError('error.needsValue', {option: arg});
			values.set(arg, value);
		}
	}
	return {positional, values, set};
}

function positiveNumber(text: string | undefined, name: string, fallback: number): number {
	if (text === undefined) return fallback;
	const value = Number(text);
	if (!Number.isFinite(value) || value <= 0) throw new UsageError('error.positive', {option: name, value: text});
	return value;
}

/** --db (or JIXIAO_DATABASE_URL): a PostgreSQL URL; SQLite in the output folder is written anyway. */
function databaseOption(url: string | undefined): {database?: string} {
	if (url === undefined || url === '') return {};
	if (!/^postgres(?:ql)?:\/\//u.test(url)) throw new UsageError('error.db', {value: url});
	return {database: url};
}

async function ingestCommand(args: string[]): Promise<number> {
	const {positional, values, set} = readOptions(args, ['--html', '--quiet', '--no-workers']);
	const out = values.get('--out');
	const limits = readLimits(values, set);
	if (!out) throw new UsageError('error.ingestNeedsOut');
	if (positional.length === 0) throw new UsageError('error.ingestNeedsInput');
	const {ingest} = await import('./batch/ingest.js');
	const {terminalProgress} = await import('./batch/progress.js');
	const display = process.stderr.isTTY && !set.has('--quiet') ? terminalProgress(process.stderr, lang) : null;
	const summary = await ingest({
		inputs: positional,
		out,
		concurrency: positiveNumber(values.get('--concurrency'), '--concurrency', INGEST_DEFAULTS.concurrency),
		...limits,
		lang,
		...(values.has('--shard') ? {shard: (await import('./batch/shard.js')).parseShard(values.get('--shard')!)} : {}),
		...databaseOption(values.get('--db') ?? process.env.JIXIAO_DATABASE_URL),
		onProgress: display?.update,
	});
	display?.finish();
	if (set.has('--html')) await (await import('./html/report.js')).writeHtmlReport(out, lang);
	const {inputs, reports, failed, duplicates, notReports, skipped} = summary;
	const counts = {inputs, reports, failed, duplicates, notReports, skipped};
	const speed = {seconds: summary.durationSeconds, rate: summary.reportsPerSecond, out};
	const work = {parsed: summary.parsedThisRun, reused: summary.cachedThisRun};
	process.stderr.write(`${line('ingest.summary', {...counts, ...work, ...speed})}\n`);
	return summary.failed > 0 ? 1 : 0;
}

async function reportCommand(args: string[]): Promise<number> {
	const {positional} = readOptions(args, []);
	if (positional.length !== 1) throw new UsageError('error.reportOneDir');
	const dir = positional[0]!;
	if (!existsSync(join(dir, 'reports.ndjson'))) throw new UsageError('error.notIngestFolder', {dir});
	const path = await (await import('./html/report.js')).writeHtmlReport(dir, lang);
	process.stderr.write(`${line('report.wrote', {path})}\n`);
	return 0;
}

// parse and audit load the pipeline only in their worker thread: this thread imports what it prints.
async function rulesCommand(): Promise<number> {
	const rules = Object.values((await import('./rules/index.js')).RULES);
	const width = Math.max(...rules.map((rule) => rule.meta.id.length), 4);
	const {CATALOGS} = await import('./messages/catalog.js');
	for (const {meta} of rules) {
		const description = CATALOGS[lang].rules[meta.id]?.description ?? '';
		process.stdout.write(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${description}\n`);
	}
	return 0;
}

async function main(argv: string[]): Promise<number> {
	lang = langOf(argv);
	const [command, ...args] = argv;
	if (command && COMMANDS.includes(command) && (args.includes('--help') || args.includes('-h'))) {
		process.stdout.write(`${line(`help.${command}`)}\n`);
		return 0;
	}
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
			process.stdout.write(`${JSON.stringify((await import('./schema.js')).reportJsonSchema(), null, 2)}\n`);
			return 0;
		case undefined:
		case '--help':
		case '-h':
			process.stdout.write(`${line('usage')}\n`);
			return command === undefined ? 2 : 0;
		default:
			throw new UsageError('error.unknownCommand', {command});
	}
}

// `jixiao rules | head`: a reader that went away is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

/** The one line saying why a file has no report: its reason class, in words and as the identifier. */
function unreadableLine(error: DocumentLoadError, key: string, file?: string): string {
	const reasonText = say(lang, 'reasons', error.reason);
	return line(key, {file: file ?? '', reason: error.reason, reasonText, message: error.message});
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		const file = (error as {path?: string})?.path ?? process.argv[3] ?? '';
		if (error instanceof DocumentLoadError)
			process.stderr.write(`jixiao: ${unreadableLine(error, 'fileError', file)}\n`);
		else if (error instanceof RunError) process.stderr.write(`jixiao: ${error.said(lang)}\n`);
		else if (error instanceof UsageError) process.stderr.write(`jixiao: ${error.said(lang)}\n${line('usage')}\n`);
		else {
			const message = error instanceof Error ? error.message : String(error);
			const named = (error as {path?: string})?.path ? `${file}: ` : '';
			const stack = process.env['JIXIAO_DEBUG'] && error instanceof Error ? `${error.stack}\n` : '';
			process.stderr.write(`jixiao: ${named}${line('error.internal', {message})}\n${stack}`);
		}
		process.exitCode = 2;
	},
);
