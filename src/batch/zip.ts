/**
.zip archives read entry by entry with yauzl (only the central directory is held in memory).
Entry names without the UTF-8 flag are decoded as GBK/GB18030, as Chinese Windows zips write them.
*/
import {Buffer} from 'node:buffer';
import yauzl, {type Entry, type ZipFile} from 'yauzl';

export type ZipEntryInfo = {name: string; size: number; entry: Entry};

const UTF8_FLAG = 0x800;

export function decodeEntryName(raw: Buffer, generalPurposeBitFlag: number): string {
	if (generalPurposeBitFlag & UTF8_FLAG) return raw.toString('utf8');
	try {
		return new TextDecoder('utf-8', {fatal: true}).decode(raw);
	} catch {
		return new TextDecoder('gb18030').decode(raw);
	}
}

export function openZip(path: string): Promise<ZipFile> {
	return new Promise((resolve, reject) => {
		yauzl.open(path, {lazyEntries: true, autoClose: false, decodeStrings: false}, (error, zip) => (error || !zip ? reject(error ?? new Error('cannot open zip')) : resolve(zip)));
	});
}

/** Lists the file entries of an open archive. */
export function listEntries(zip: ZipFile): Promise<ZipEntryInfo[]> {
	return new Promise((resolve, reject) => {
		const entries: ZipEntryInfo[] = [];
		zip.on('entry', (entry: Entry) => {
			const name = decodeEntryName(entry.fileName as unknown as Buffer, entry.generalPurposeBitFlag);
			if (!name.endsWith('/')) entries.push({name, size: entry.uncompressedSize, entry});
			zip.readEntry();
		});
		zip.on('end', () => resolve(entries));
		zip.on('error', reject);
		zip.readEntry();
	});
}

export function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		zip.openReadStream(entry, (error, stream) => {
			if (error || !stream) return reject(error ?? new Error('cannot read zip entry'));
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => resolve(Buffer.concat(chunks)));
			stream.on('error', reject);
		});
	});
}
