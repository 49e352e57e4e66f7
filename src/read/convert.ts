/**
LibreOffice as a converter for the binary Office formats (Word 97–2003 .doc, WPS .wps, Excel
97–2003 .xls, WPS .et): `soffice --headless --convert-to docx|xlsx`, whose output the DOCX and
XLSX readers then read. Each conversion runs in a throw-away folder with its own user profile (two
conversions never share one, which LibreOffice does not allow), is killed when the file's time is
up, and leaves nothing behind. LibreOffice is found on PATH at run time; without it the file fails
with one line naming the Debian packages to install.
*/
import {spawn} from 'node:child_process';
import {accessSync, constants} from 'node:fs';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {DocumentLoadError} from '../errors.js';

/** A conversion may take this long at most, even when the file's own limit is longer. */
const MAX_CONVERSION_MS = 120_000;
/** Room left after a conversion for reading what it produced. */
const READ_MARGIN_MS = 1_000;

const PACKAGES = 'libreoffice-writer libreoffice-calc';

let cachedSoffice: string | null | undefined;

/** The LibreOffice binary on PATH, or null. */
export function findSoffice(): string | null {
	if (cachedSoffice !== undefined) return cachedSoffice;
	const folders = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
	for (const name of ['soffice', 'libreoffice'])
		for (const folder of folders) {
			try {
				accessSync(join(folder, name), constants.X_OK);
				cachedSoffice = join(folder, name);
				return cachedSoffice;
			} catch {
				// not here
			}
		}
	cachedSoffice = null;
	return null;
}

const failed = (message: string) => new DocumentLoadError('convert-failed', message);

function run(command: string, args: string[], timeoutMs: number): Promise<{code: number | null; stderr: string}> {
	return new Promise((resolve, reject) => {
		// Its own process group, so that a kill reaches the soffice.bin LibreOffice starts.
		const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'pipe'], detached: true});
		let stderr = '';
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (chunk: string) => {
			if (stderr.length < 4000) stderr += chunk;
		});
		const timer = setTimeout(() => {
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				child.kill('SIGKILL');
			}
			reject(failed(`LibreOffice did not finish converting it within ${Math.round(timeoutMs / 1000)} s`));
		}, timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(failed(`LibreOffice could not be started (${error.message})`));
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({code, stderr});
		});
	});
}

/** The bytes of a .doc/.wps/.xls/.et file converted to DOCX or XLSX. */
export async function convertWithLibreOffice(
	bytes: Uint8Array,
	from: string,
	to: 'docx' | 'xlsx',
	deadline?: number,
): Promise<Uint8Array> {
	const soffice = findSoffice();
	if (!soffice)
		throw failed(`reading .${from} needs LibreOffice, which is not installed (Debian: apt-get install ${PACKAGES})`);
	const timeoutMs = Math.min(MAX_CONVERSION_MS, (deadline ?? Number.POSITIVE_INFINITY) - Date.now() - READ_MARGIN_MS);
	if (timeoutMs <= 0) throw failed('no time left to convert it');
	const folder = await mkdtemp(join(tmpdir(), 'jixiao-convert-'));
	try {
		const input = join(folder, `input.${from}`);
		await writeFile(input, bytes);
		const profile = pathToFileURL(join(folder, 'profile')).href;
		const args = [
			'--headless',
			'--norestore',
			'--nolockcheck',
			`-env:UserInstallation=${profile}`,
			'--convert-to',
			to,
			'--outdir',
			join(folder, 'out'),
			input,
		];
		const {code, stderr} = await run(soffice, args, timeoutMs);
		const output = await readFile(join(folder, 'out', `input.${to}`)).catch(() => null);
		if (!output || output.length === 0) {
			const why = stderr.trim().split('\n').at(-1) || `exit ${code}`;
			throw failed(`LibreOffice could not convert it to ${to} (${why})`);
		}
		return output;
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
}
