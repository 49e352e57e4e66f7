/**
Expands ingest inputs (files, folders recursively, .zip archives, glob patterns) into a sorted list
of items to read. Only metadata is held: bytes are read when an item is processed. Files that are
not reports (images, .json, .DS_Store…) are skipped quietly but counted.
*/
import {stat, readdir, readFile} from 'node:fs/promises';
import {extname, join} from 'node:path';
import {glob, isDynamicPattern} from 'tinyglobby';
import {listEntries, openZip, readEntry} from './zip.js';
import type {ZipFile} from 'yauzl';

export type InputItem = {
	/** Where the report came from: a file path, or `archive.zip!/folder/name.pdf`. */
	path: string;
	size: number;
	read: () => Promise<Buffer>;
};

export type InputList = {items: InputItem[]; skipped: string[]; unreadable: Array<{path: string; message: string}>; close: () => Promise<void>};

/** Extensions that are, or may be mistaken for, reports: read them or say why not. */
const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.docx', '.pdf', '.doc', '.wps', '.xls', '.xlsx', '.et', '.rtf', '.odt']);

const isReport = (name: string) => REPORT_EXTENSIONS.has(extname(name).toLowerCase());

async function walk(folder: string, files: string[]): Promise<void> {
	for (const entry of (await readdir(folder, {withFileTypes: true})).sort((a, b) => a.name.localeCompare(b.name))) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) await walk(path, files);
		else if (entry.isFile()) files.push(path);
	}
}

async function addZip(path: string, list: InputList, zips: ZipFile[]): Promise<void> {
	const zip = await openZip(path);
	zips.push(zip);
	for (const {name, size, entry} of await listEntries(zip)) {
		const itemPath = `${path}!/${name}`;
		if (!isReport(name)) list.skipped.push(itemPath);
		else list.items.push({path: itemPath, size, read: () => readEntry(zip, entry)});
	}
}

/** The one order of inputs (code-unit order of paths): processing and every output follow it. */
export function byPath(a: {path: string}, b: {path: string}): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export async function expandInputs(inputs: string[]): Promise<InputList> {
	const zips: ZipFile[] = [];
	const list: InputList = {items: [], skipped: [], unreadable: [], close: async () => zips.forEach((zip) => zip.close())};
	const files: string[] = [];
	for (const input of inputs) {
		if (isDynamicPattern(input)) {
			files.push(...(await glob(input, {onlyFiles: true, expandDirectories: false})).sort());
			continue;
		}
		try {
			const info = await stat(input);
			if (info.isDirectory()) await walk(input, files);
			else files.push(input);
		} catch (error) {
			list.unreadable.push({path: input, message: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message)});
		}
	}
	for (const path of [...new Set(files)]) {
		if (extname(path).toLowerCase() === '.zip') {
			try {
				await addZip(path, list, zips);
			} catch (error) {
				list.unreadable.push({path, message: `not a readable zip archive (${(error as Error).message})`});
			}
		} else if (!isReport(path)) list.skipped.push(path);
		else {
			const size = (await stat(path)).size;
			list.items.push({path, size, read: () => readFile(path)});
		}
	}
	list.items.sort(byPath);
	return list;
}
