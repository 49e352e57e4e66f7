/**
OCR with Tesseract and its simplified-Chinese model, for scanned pages and page images. PDF pages
are rasterized by poppler's pdftoppm at 200 dpi in grey: measured on the seed PDF's text-heavy page
2 (65 figures), 200 dpi read all 65 figures, 150 dpi 63 and 300 dpi 64, at 0.7 s of rasterizing
against 0.5 s and 1.4 s. Tesseract's TSV output gives each word with its confidence; words become
lines as Tesseract groups them, with no space between two Chinese words. Each run is bounded by
the file's deadline (tools.ts) and uses one thread.
*/
import {rm} from 'node:fs/promises';
import {join} from 'node:path';
import {DocumentLoadError} from '../errors.js';
import {correctOcrText} from '../lexicon/ocr-confusions.js';
import {hanCount} from '../text/fold.js';
import {findTool, runTool, timeLeft, withFileInTempFolder} from './tools.js';

export const OCR_DPI = 200;
/**
Tesseract on one thread: its OpenMP threads fight over a small machine's cores (measured here: a
page in 4.4 s on one thread, 22 s with the default), and the pool already runs files side by side.
*/
const SINGLE_THREAD = {OMP_THREAD_LIMIT: '1'};
/** One page may take this long at most, even when the file's own limit is longer. */
const MAX_PAGE_MS = 300_000;

/** The time one page's tool may take: what is left of the file's, at most MAX_PAGE_MS; none left is a timeout. */
function pageTime(deadline: number | undefined): number {
	const timeoutMs = timeLeft(deadline, MAX_PAGE_MS);
	if (timeoutMs <= 0) throw new DocumentLoadError('timeout', 'no time left for OCR');
	return timeoutMs;
}

/** A line read by OCR: its text and, for each word, where it is in the text and how sure Tesseract was. */
export type OcrLine = {text: string; words: Array<[start: number, end: number, confidence: number]>};

const PACKAGES = 'tesseract-ocr tesseract-ocr-chi-sim poppler-utils';

/** The error of a file that needs OCR where there is none; `what` says what needs it ("the image needs"). */
const unavailable = (what: string) =>
	new DocumentLoadError('ocr-unavailable', `${what} OCR, and ${missingTools()} (Debian: apt-get install ${PACKAGES})`);

let languages: Promise<string[]> | null = null;

function missingTools(): string {
	const missing = [
		findTool('tesseract') ? null : 'Tesseract is not installed',
		findTool('pdftoppm') ? null : "poppler's pdftoppm is not installed",
	].filter(Boolean);
	return missing.length > 0 ? missing.join(', ') : "Tesseract's chi_sim model is not installed";
}

/** Whether Tesseract with its simplified-Chinese model (and pdftoppm for PDFs) is there. */
export async function ocrAvailable(forPdf: boolean): Promise<boolean> {
	const tesseract = findTool('tesseract');
	if (!tesseract || (forPdf && !findTool('pdftoppm'))) return false;
	languages ??= runTool(tesseract, ['--list-langs'], 10_000).then(
		(result) => `${result.stdout}\n${result.stderr}`.split('\n').map((line) => line.trim()),
		() => [],
	);
	return (await languages).includes('chi_sim');
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

type TsvWord = {text: string; confidence: number};

/**
Closing punctuation, which Chinese typesetting never sets at the start of a line (避头点): at the
start of an OCR line it is a speck of the scan, and it would cut the word the line break split
("结转和结" / "。余0.00万元").
*/
const NEVER_AT_LINE_START = /^[。，、；：？！）》」』】,;:?!)]+/u;
/** A stray mark a speck reads as, stuck to the first character of a line ("-万元"). */
const SPECK_BEFORE_CHINESE = /^[-~_'`|·](?=\p{Script=Han})/u;

/**
A line's words without what specks of dirt at its edges became: a single character that Tesseract
itself gives (almost) no confidence at either end of the line, closing punctuation at its start,
and a stray mark stuck to its first character when that word is doubtful.
*/
function withoutSpecks(words: TsvWord[]): TsvWord[] {
	const kept = [...words];
	const isSpeck = (word: TsvWord | undefined) =>
		word !== undefined && [...word.text].length === 1 && word.confidence < 10;
	while (kept.length > 1 && isSpeck(kept[0])) kept.shift();
	while (kept.length > 1 && isSpeck(kept.at(-1))) kept.pop();
	const first = kept[0];
	if (first && kept.length > 1) {
		let text = first.text.replace(NEVER_AT_LINE_START, '');
		if (first.confidence < 60) text = text.replace(SPECK_BEFORE_CHINESE, '');
		if (text === '') kept.shift();
		else kept[0] = {...first, text};
	}
	return kept;
}

/** Tesseract's TSV (one row per word) as lines. */
export function linesOfTsv(tsv: string): OcrLine[] {
	const wordsByLine = new Map<string, TsvWord[]>();
	for (const row of tsv.split('\n').slice(1)) {
		const cells = row.split('\t');
		if (cells.length < 12 || cells[0] !== '5') continue;
		const text = cells.slice(11).join('\t').trim();
		if (!text) continue;
		const key = `${cells[1]}.${cells[2]}.${cells[3]}.${cells[4]}`;
		const words = wordsByLine.get(key) ?? [];
		words.push({text, confidence: Math.max(0, Math.min(100, Number(cells[10])))});
		wordsByLine.set(key, words);
	}
	return [...wordsByLine.values()].map((words) => {
		const line: OcrLine = {text: '', words: []};
		for (const word of withoutSpecks(words)) {
			const previous = line.text.at(-1);
			// Chinese is written without spaces: Tesseract's word boundaries between two Chinese words are not text.
			if (previous !== undefined && !(CJK.test(previous) && CJK.test(word.text[0]!))) line.text += ' ';
			const start = line.text.length;
			line.text += word.text;
			line.words.push([start, line.text.length, word.confidence]);
		}
		// Known misreads of this domain (文出 → 支出); corrections keep the length, so word ranges hold.
		return {...line, text: correctOcrText(line.text)};
	});
}

/** The lines of one image file (PNG, JPEG, TIFF; every page of a multi-page TIFF). */
async function ocrImageFile(path: string, deadline: number | undefined): Promise<OcrLine[]> {
	const tesseract = findTool('tesseract')!;
	const timeoutMs = pageTime(deadline);
	const args = [path, 'stdout', '-l', 'chi_sim', '--psm', '6', 'tsv'];
	const result = await runTool(tesseract, args, timeoutMs, SINGLE_THREAD);
	if (result.timedOut)
		throw new DocumentLoadError('timeout', `OCR did not finish within ${Math.round(timeoutMs / 1000)} s`);
	if (result.code !== 0)
		throw new DocumentLoadError(
			'corrupt',
			`OCR could not read the image (${result.stderr.trim().split('\n').at(-1) ?? ''})`,
		);
	return linesOfTsv(result.stdout);
}

/** OCR of an image's bytes. */
export async function ocrImage(bytes: Uint8Array, deadline?: number): Promise<OcrLine[]> {
	if (!(await ocrAvailable(false))) throw unavailable('the image needs');
	return withFileInTempFolder('ocr', 'image', bytes, (_folder, path) => ocrImageFile(path, deadline));
}

/** Why pages of a PDF cannot be read: they need OCR, and what is missing to do it. */
export function ocrUnavailable(pages: number[]): DocumentLoadError {
	return unavailable(pages.length === 1 ? `page ${pages[0]} needs` : `pages ${pages.join(', ')} need`);
}

/** OCR of some pages of a PDF (1-based), page by page: page number → lines. */
export async function ocrPdfPages(
	bytes: Uint8Array,
	pages: number[],
	deadline?: number,
): Promise<Map<number, OcrLine[]>> {
	if (!(await ocrAvailable(true))) throw ocrUnavailable(pages);
	return withFileInTempFolder('ocr', 'input.pdf', bytes, async (folder, pdf) => {
		const read = new Map<number, OcrLine[]>();
		for (const page of pages) {
			const timeoutMs = pageTime(deadline);
			const image = join(folder, `page-${page}`);
			const args = [
				'-r',
				String(OCR_DPI),
				'-gray',
				'-png',
				'-singlefile',
				'-f',
				String(page),
				'-l',
				String(page),
				pdf,
				image,
			];
			const raster = await runTool(findTool('pdftoppm')!, args, timeoutMs);
			if (raster.timedOut) throw new DocumentLoadError('timeout', `rasterizing page ${page} did not finish in time`);
			if (raster.code !== 0) throw new DocumentLoadError('corrupt', `page ${page} could not be rasterized for OCR`);
			read.set(page, await ocrImageFile(`${image}.png`, deadline));
			await rm(`${image}.png`, {force: true});
		}
		return read;
	});
}

const BROKEN_CHARACTER = /[\ue000-\uf8ff\ufffd]|\p{Cc}/u;
const DIGIT = /[0-9]/u;
/**
Whether a page's extracted text is not Chinese a person could read: private-use or replacement
characters (broken CID mappings), or visible text with almost no Chinese in a Chinese report
(glyph ids printed as ASCII: "!\"#$%&'()*+,-./01").
*/
export function unreadableText(text: string): boolean {
	const visible = [...text.replace(/\s+/gu, '')];
	if (visible.length < 20) return false;
	// Private-use, replacement and control characters: what a broken CID mapping leaves. Counted in a
	// loop: this runs on every PDF page, and a callback made per call is compiled again after each
	// full collection (src/text/by-start.ts).
	let broken = 0;
	let digits = 0;
	for (const char of visible) {
		if (BROKEN_CHARACTER.test(char)) broken++;
		if (DIGIT.test(char)) digits++;
	}
	if (broken / visible.length > 0.05) return true;
	const chinese = hanCount(text);
	return chinese / visible.length < 0.1 && digits / visible.length < 0.5;
}
