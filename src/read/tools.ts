/**
External programs the readers use (LibreOffice, Tesseract, poppler's pdftoppm): found on PATH at
run time, and run under coreutils' `timeout`, so that a program outlives neither its own limit nor
the file's deadline even when the worker thread that started it is terminated.
*/
import {spawn} from 'node:child_process';
import {accessSync, constants} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';

const found = new Map<string, string | null>();

/** The path of the first of `names` on PATH, or null. */
export function findTool(...names: string[]): string | null {
	const key = names.join('|');
	if (found.has(key)) return found.get(key)!;
	const folders = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
	for (const name of names)
		for (const folder of folders) {
			try {
				accessSync(join(folder, name), constants.X_OK);
				found.set(key, join(folder, name));
				return join(folder, name);
			} catch {
				// not in this folder
			}
		}
	found.set(key, null);
	return null;
}

export type ToolResult = {code: number | null; stdout: string; stderr: string; timedOut: boolean};

/** Runs a program for at most `timeoutMs` (killed with SIGKILL after), collecting its output. */
export function runTool(
	command: string,
	args: string[],
	timeoutMs: number,
	env: Record<string, string> = {},
): Promise<ToolResult> {
	const seconds = Math.max(1, Math.floor(timeoutMs / 1000));
	const timeout = findTool('timeout');
	const [program, programArgs] = timeout
		? [timeout, ['-s', 'KILL', String(seconds), command, ...args]]
		: [command, args];
	return new Promise((resolve, reject) => {
		const child = spawn(program, programArgs, {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, ...env}});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			stdout += chunk;
		});
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			if (stderr.length < 4000) stderr += chunk;
		});
		// Without coreutils' timeout, Node's own timer is the limit.
		const timer = timeout ? null : setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', (error) => {
			if (timer) clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code, signal) => {
			if (timer) clearTimeout(timer);
			resolve({code, stdout, stderr, timedOut: code === 137 || signal === 'SIGKILL'});
		});
	});
}

/** Time left before a deadline, less a margin for what follows, capped. */
export function timeLeft(deadline: number | undefined, capMs: number, marginMs = 1000): number {
	return Math.min(capMs, (deadline ?? Number.POSITIVE_INFINITY) - Date.now() - marginMs);
}

/**
Runs `work` with a throw-away folder holding the file's bytes as `name`, and removes the folder
afterwards whatever happens: a tool never sees another file's data, and nothing is left behind.
*/
export async function withFileInTempFolder<T>(
	prefix: string,
	name: string,
	bytes: Uint8Array,
	work: (folder: string, path: string) => Promise<T>,
): Promise<T> {
	const folder = await mkdtemp(join(tmpdir(), `jixiao-${prefix}-`));
	try {
		const path = join(folder, name);
		await writeFile(path, bytes);
		return await work(folder, path);
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
}
