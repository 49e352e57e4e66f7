/**
Thrown errors are for unusable input or wrong usage; findings and notes are for content.
Each input error carries a reason class that bulk runs write into errors.ndjson.
*/
import {type Lang, type MessageData, say} from './messages/catalog.js';

export type InputErrorReason =
	| 'corrupt'
	| 'encrypted'
	| 'no-text'
	| 'unsupported'
	| 'too-large'
	| 'timeout'
	| 'empty'
	| 'decode'
	| 'unreadable'
	/** A converter (LibreOffice) is missing or could not convert the file. */
	| 'convert-failed'
	/** The file needs OCR and Tesseract (or its Chinese model, or pdftoppm) is missing. */
	| 'ocr-unavailable';

/** Base of every error jixiao throws on purpose. */
export class JixiaoError extends Error {
	override name = 'JixiaoError';
}

/**
An error told to a person: a key of the command line's catalog and its data, so that the command
line says it in the user's language; `message` is the English text for programs and logs.
*/
abstract class SaidError extends JixiaoError {
	constructor(
		readonly key: string,
		readonly data: MessageData = {},
	) {
		super(say('en', 'cli', key, data));
	}

	/** The line in a language. */
	said(lang: Lang): string {
		return say(lang, 'cli', this.key, this.data);
	}
}

/** Wrong command-line usage (exit 2). */
export class UsageError extends SaidError {
	override name = 'UsageError';
}

/** The run cannot start or go on, for a reason outside any one file (the output folder is locked or read-only): exit 2, one line. */
export class RunError extends SaidError {
	override name = 'RunError';
}

/** The input bytes cannot be turned into a report: not a bug, a property of the file. */
export class DocumentLoadError extends JixiaoError {
	override name = 'DocumentLoadError';
	readonly reason: InputErrorReason;

	constructor(reason: InputErrorReason, message: string, options?: {cause?: unknown}) {
		super(message, options);
		this.reason = reason;
	}
}

const MB = 1048576;

/** A size limit as the error lines name it: "50 MB limit". */
export function sizeLimit(maxBytes: number): string {
	return `${(maxBytes / MB).toFixed(0)} MB limit`;
}

/** Why a file over the size limit is refused: "61.2 MB is over the 50 MB limit". */
export function overSizeLimit(bytes: number, maxBytes: number): string {
	return `${(bytes / MB).toFixed(1)} MB is over the ${sizeLimit(maxBytes)}`;
}
