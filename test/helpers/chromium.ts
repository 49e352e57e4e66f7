/** Debian's chromium, found on PATH and started the way this closed network needs (no background connections). */
import {execFileSync} from 'node:child_process';
import {chromium, type Browser} from 'playwright-core';

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export function chromiumPath(): string {
	for (const name of ['chromium', 'chromium-browser']) {
		try {
			return execFileSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).trim();
		} catch {
			// not this name
		}
	}
	throw new Error('Expected chromium on PATH (apt-get install chromium), but found none');
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
}
