/**
.zip archives read entry by entry with yauzl (only the central directory is held in memory).
Entry names without the UTF-8 flag are decoded as GBK/GB18030, as Chinese Windows zips write them.
*/
import {Buffer} from 'node:buffer';
import {promisify} from 'node:util';
import {crc32, inflateRaw} from 'node:zlib';
import yauzl, {type Entry, type ZipFile} from 'yauzl';
import {sizeLimit} from '../errors.js';

export type ZipEntryInfo = {name: string; size: number; entry: Entry};

const UTF8_FLAG = 0x800;

function decodeEntryName(raw: Buffer, generalPurposeBitFlag: number): string {
	if (generalPurposeBitFlag & UTF8_FLAG) return raw.toString('utf8');
	try {
		return new TextDecoder('utf-8', {fatal: true}).decode(raw);
	} catch {
		return new TextDecoder('gb18030').decode(raw);
	}
}

export function openZip(path: string): Promise<ZipFile> {
	return new Promise((resolve, reject) => {
		yauzl.open(path, {lazyEntries: true, autoClose: false, decodeStrings: false}, (error, zip) =>
			error || !zip ? reject(error ?? new Error('cannot open zip')) : resolve(zip),
		);
	});
}

/** Opens an archive held in memory (a DOCX), with the same options as a file. */
export function openZipBuffer(bytes: Uint8Array): Promise<ZipFile> {
	return new Promise((resolve, reject) => {
		yauzl.fromBuffer(
			Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
			{lazyEntries: true, autoClose: false, decodeStrings: false},
			(error, zip) => (error || !zip ? reject(error ?? new Error('cannot open zip')) : resolve(zip)),
		);
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

/** A read refused with a reason class, as the ingest error line reports it. */
const refusal = (reason: 'too-large' | 'corrupt' | 'unsupported', message: string) =>
	Object.assign(new Error(message), {reason});

const inflate = promisify(inflateRaw);

/** Reads an entry's stored (still compressed) bytes, whole: their size is bounded by the archive file's. */
function readStored(zip: ZipFile, entry: Entry): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		zip.openReadStream(entry, {decompress: false}, (error, stream) => {
			if (error || !stream)
				return reject(refusal('corrupt', `cannot read the archive entry (${error?.message ?? 'no stream'})`));
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('error', (streamError: Error) =>
				reject(refusal('corrupt', `broken archive entry: ${streamError.message}`)),
			);
			stream.on('end', () => resolve(Buffer.concat(chunks)));
		});
	});
}

/**
Reads an entry and inflates it here, capped at what it really inflates to: the size an entry
declares may lie (1,000 bytes declared, 113 MB inside). yauzl's own inflating stream, stopped
midway, leaves reads in flight that crash the process once the archive is closed; reading the
stored bytes to their end and inflating them with a cap never does.
*/
export async function readEntry(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Buffer> {
	const limit = sizeLimit(maxBytes);
	if (entry.uncompressedSize > maxBytes || entry.compressedSize > maxBytes)
		throw refusal('too-large', `declares ${entry.uncompressedSize} bytes, over the ${limit}`);
	if (entry.isEncrypted()) throw refusal('unsupported', 'encrypted archive entry');
	if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
		throw refusal(
			'unsupported',
			`archive entry compressed with method ${entry.compressionMethod} (only stored and deflated entries are read)`,
		);
	const stored = await readStored(zip, entry);
	let bytes: Buffer;
	try {
		bytes = entry.compressionMethod === 0 ? stored : await inflate(stored, {maxOutputLength: maxBytes});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
			throw refusal('too-large', `inflates to more than the ${limit} (declares ${entry.uncompressedSize} bytes)`);
		throw refusal('corrupt', `broken archive entry: ${(error as Error).message}`);
	}
	if (bytes.length !== entry.uncompressedSize)
		throw refusal(
			'corrupt',
			`broken archive entry: declares ${entry.uncompressedSize} bytes but holds ${bytes.length}`,
		);
	if (crc32(bytes) !== entry.crc32) throw refusal('corrupt', 'broken archive entry: its checksum does not match');
	return bytes;
}
