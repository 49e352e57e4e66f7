/**
Where ingest's results go. Assembly hands every sink the same things in input path order: each
input, each report with its rows, each error. A sink makes its output visible only on commit, whole,
so an interrupted run never leaves half a table (a database sink makes each batch visible whole). Adding a sink is one file implementing this.
*/
import type {Report} from '../../schema.js';
import type {InputRecord, ReportRows} from '../rows.js';

export type ReportEntry = {id: string; report: Report; rows: ReportRows};
export type ErrorEntry = {path: string; reason: string; message: string};

/** A sink may write as it goes (a database, in batches): assembly awaits each call. */
export interface Sink {
	addInput(record: InputRecord): void | Promise<void>;
	addReport(entry: ReportEntry): void | Promise<void>;
	addError(error: ErrorEntry): void | Promise<void>;
	/** Makes everything added visible (the files: at once; a database: its last batch). */
	commit(): Promise<void>;
	/** Lets go of what it holds when the run fails before commit. */
	abandon?(): Promise<void>;
}
