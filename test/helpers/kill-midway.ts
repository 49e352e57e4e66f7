/** A `jixiao ingest` killed with kill -9 midway, as a crash or an impatient operator leaves it. */
import {spawn} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

/** Runs `jixiao ingest ARGS… --out OUT --quiet` and sends SIGKILL once OUT holds `reports` report files. */
export async function ingestKilledMidway(args: string[], out: string, reports: number): Promise<void> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ingest', ...args, '--out', out, '--quiet'], {
		stdio: 'ignore',
	});
	const exited = new Promise((resolve) => child.on('exit', resolve));
	const reportsDir = join(out, 'reports');
	await new Promise<void>((resolve) => {
		const poll = setInterval(() => {
			if (existsSync(reportsDir) && readdirSync(reportsDir).length >= reports) child.kill('SIGKILL');
			else if (child.exitCode === null) return;
			clearInterval(poll);
			resolve();
		}, 20);
	});
	await exited;
}
