/**
The limits every file runs under, shared by the command line (parse, audit, ingest) and the library.
Kept apart from ingest so that `jixiao parse` does not load the batch machinery to read them.
*/
export const INGEST_DEFAULTS = {
	/** Files processed at once, each in its own worker thread. */
	concurrency: 2,
	/** All of one file's work, from reading to its serialized report. */
	timeoutMs: 60_000,
	/** Bytes of one input (or what an archive entry really inflates to). */
	maxBytes: 50 * 1024 * 1024,
	/** V8 heap one file may use in its worker thread. */
	memoryMb: 1024,
} as const;
