/**
Where ingest's results go. Assembly hands every sink the same things in input path order: each
input, each report with its rows, each error. A sink makes its output visible only on commit, whole,
so an interrupted run never leaves half a table. Adding a sink is one file implementing this.
*/
import type {Report} from '../../schema.js';
import type {InputRecord, ReportRows} from '../rows.js';

export type ReportEntry = {id: string; report: Report; rows: ReportRows};
export type ErrorEntry = {path: string; reason: string; message: string};

export interface Sink {
	addInput(record: InputRecord): void;
	addReport(entry: ReportEntry): void;
	addError(error: ErrorEntry): void;
	/** Makes everything added visible at once. */
	commit(): Promise<void>;
}
