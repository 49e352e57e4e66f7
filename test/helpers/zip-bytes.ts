/** Typed entry to the zip writer the fuzz script shares (scripts/zip-bytes.mjs). */
// @ts-expect-error: a plain ESM script shared with the fuzz script
import {zipBytes as write} from '../../scripts/zip-bytes.mjs';

export type ZipEntrySpec = {
	name: string;
	data: Uint8Array;
	/** Uncompressed size written in the headers; the real size when omitted. */
	declaredSize?: number;
	/** Deflate (8) or store (0). */
	method?: 0 | 8;
};

export const zipBytes = write as (entries: ZipEntrySpec[]) => Buffer;
