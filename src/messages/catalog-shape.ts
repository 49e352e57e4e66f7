/** What a language's catalog holds (src/messages/catalog.ts says how it is used). */
export type Catalog = {
	rules: Record<string, {description: string; messages: Record<string, string>}>;
	/** What enum-like data values are called in this language. */
	terms: Record<string, string>;
	/** Reason classes of files that could not be read (identifiers stay English in files). */
	reasons: Record<string, string>;
	/** Notes on a report, by code. */
	notes: Record<string, string>;
	cli: Record<string, string>;
	view: Record<string, string>;
};
