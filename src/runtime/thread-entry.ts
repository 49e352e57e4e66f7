/**
Where a worker thread's code is: the compiled module next to the caller when running from dist/,
else the TypeScript source through a tsx bootstrap (tests run from src/).
*/
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export function threadEntry(callerUrl: string, name: string): {url: URL; workerData: Record<string, unknown>} {
	const compiled = new URL(`./${name}.js`, callerUrl);
	if (existsSync(fileURLToPath(compiled))) return {url: compiled, workerData: {}};
	return {
		url: new URL('./ts-worker.mjs', import.meta.url),
		workerData: {tsEntry: new URL(`./${name}.ts`, callerUrl).href},
	};
}
