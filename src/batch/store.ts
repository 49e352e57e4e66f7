/**
The ingest output folder. Per-input results are cached by content hash and written atomically
(temp file + rename), so a run killed with kill -9 leaves only whole files behind, and the next run
redoes exactly the inputs whose result is missing.
*/
import {access, mkdir, readFile, readdir, rename, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';

export type ErrorRecord = {path: string; reason: string; message: string};

let writeCounter = 0;

export class OutputStore {
	readonly reportsDir: string;
	private readonly errorsDir: string;

	readonly viewsDir: string;

	constructor(readonly dir: string) {
		this.reportsDir = join(dir, 'reports');
		this.errorsDir = join(dir, '.jixiao', 'errors');
		this.viewsDir = join(dir, '.jixiao', 'views');
	}

	async open(): Promise<void> {
		await mkdir(this.reportsDir, {recursive: true});
		await mkdir(this.errorsDir, {recursive: true});
		await mkdir(this.viewsDir, {recursive: true});
		// Temp files of a killed run are incomplete by definition.
		for (const folder of [this.dir, this.reportsDir, this.errorsDir, this.viewsDir]) {
			for (const name of await readdir(folder)) if (name.includes('.tmp-')) await rm(join(folder, name), {force: true, recursive: true});
		}
	}

	/** Writes a whole file or nothing. */
	async writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
		// Unique per write: identical content under two names may be saved at the same moment.
		const temporary = `${path}.tmp-${process.pid}-${writeCounter++}`;
		await writeFile(temporary, content);
		await rename(temporary, path);
	}

	temporaryPath(path: string): string {
		return `${path}.tmp-${process.pid}`;
	}

	reportPath(id: string): string {
		return join(this.reportsDir, `${id}.json`);
	}

	private errorPath(id: string): string {
		return join(this.errorsDir, `${id}.json`);
	}

	async readReportText(id: string): Promise<string | null> {
		return readFile(this.reportPath(id), 'utf8').catch(() => null);
	}

	async readError(id: string): Promise<Omit<ErrorRecord, 'path'> | null> {
		const text = await readFile(this.errorPath(id), 'utf8').catch(() => null);
		return text === null ? null : (JSON.parse(text) as Omit<ErrorRecord, 'path'>);
	}

	async hasReport(id: string): Promise<boolean> {
		return access(this.reportPath(id)).then(
			() => true,
			() => false,
		);
	}

	async saveReport(id: string, json: string): Promise<void> {
		await this.writeAtomic(this.reportPath(id), json);
	}

	/** The normalized text of a report, for the HTML view; saved before the report so a cached report has it. */
	async saveView(id: string, view: unknown): Promise<void> {
		await this.writeAtomic(join(this.viewsDir, `${id}.json`), JSON.stringify(view));
	}

	async readView(id: string): Promise<string | null> {
		return readFile(join(this.viewsDir, `${id}.json`), 'utf8').catch(() => null);
	}

	async saveError(id: string, error: Omit<ErrorRecord, 'path'>): Promise<void> {
		await this.writeAtomic(this.errorPath(id), JSON.stringify(error));
	}
}

/** Report ids are the first 16 hex digits of the content's sha256: the same bytes are one report. */
export const reportId = (sha256: string) => sha256.slice(0, 16);
