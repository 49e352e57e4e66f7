/**
LibreOffice as a converter for the binary Office formats (Word 97–2003 .doc, WPS .wps, Excel
97–2003 .xls, WPS .et): `soffice --headless --convert-to docx|xlsx`, whose output the DOCX and
XLSX readers then read. Each conversion runs in a throw-away folder with its own user profile (two
conversions never share one, which LibreOffice does not allow), is killed when the file's time is
up, and leaves nothing behind. LibreOffice is found on PATH at run time; without it the file fails
with one line naming the Debian packages to install.
*/
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {DocumentLoadError} from '../errors.js';
import {findTool, runTool, timeLeft, withFileInTempFolder} from './tools.js';

/** A conversion may take this long at most, even when the file's own limit is longer. */
const MAX_CONVERSION_MS = 120_000;
/** Room left after a conversion for reading what it produced. */
const READ_MARGIN_MS = 1_000;

const PACKAGES = 'libreoffice-writer libreoffice-calc';

const failed = (message: string) => new DocumentLoadError('convert-failed', message);

/** The bytes of a .doc/.wps/.xls/.et file converted to DOCX or XLSX. */
export async function convertWithLibreOffice(
	bytes: Uint8Array,
	from: string,
	to: 'docx' | 'xlsx',
	deadline?: number,
): Promise<Uint8Array> {
	const soffice = findTool('soffice', 'libreoffice');
	if (!soffice)
		throw failed(`reading .${from} needs LibreOffice, which is not installed (Debian: apt-get install ${PACKAGES})`);
	const timeoutMs = timeLeft(deadline, MAX_CONVERSION_MS, READ_MARGIN_MS);
	if (timeoutMs <= 0) throw failed('no time left to convert it');
	return withFileInTempFolder('convert', `input.${from}`, bytes, async (folder, input) => {
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
		const {code, stderr, timedOut} = await runTool(soffice, args, timeoutMs).catch((error: Error) =>
			Promise.reject(failed(`LibreOffice could not be started (${error.message})`)),
		);
		if (timedOut) throw failed(`LibreOffice did not finish converting it within ${Math.round(timeoutMs / 1000)} s`);
		const output = await readFile(join(folder, 'out', `input.${to}`)).catch(() => null);
		if (!output || output.length === 0) {
			const why = stderr.trim().split('\n').at(-1) || `exit ${code}`;
			throw failed(`LibreOffice could not convert it to ${to} (${why})`);
		}
		return output;
	});
}
