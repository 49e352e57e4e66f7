// Builds an archive of N reports from the fixtures, with figures varied, for the ingest tests and
// `npm run bench`: TXT and DOCX variants change figures in the text; PDF variants keep their
// page content and differ in a trailing comment (their bytes, hence their id, differ).
// Optionally adds broken files and a .zip holding some of each (one entry name in GBK).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import JSZip from 'jszip';

const ROOT = new URL('..', import.meta.url).pathname;
const SEEDS = ['000_7584c7280180b575', '002_bc18d932a785869a'];
const FIGURES = ['2029.67', '1817.89', '1,929.81', '1106.36', '823.46', '121.90', '98.85'];

/** A different but plausible figure for variant n: same number of decimals. */
function vary(figure, n) {
	const [whole, decimals = ''] = figure.replaceAll(',', '').split('.');
	const changed = String(Number(whole) + (n % 97) + 1);
	return decimals ? `${changed}.${decimals}` : changed;
}

function varyText(text, n) {
	let result = text;
	for (const figure of FIGURES) result = result.replaceAll(figure, vary(figure, n));
	return result.replace(/(鹿泉区|石家庄市)/u, `$1第${n}号`);
}

async function varyDocx(bytes, n) {
	const zip = await JSZip.loadAsync(bytes);
	const xml = await zip.file('word/document.xml').async('string');
	zip.file('word/document.xml', varyText(xml, n));
	return zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE'});
}

const varyPdf = (bytes, n) => Buffer.concat([bytes, Buffer.from(`\n%jixiao-variant ${n}\n`)]);

/** GBK bytes of 报告 (a zip from a Chinese Windows machine names its entries this way). */
const GBK_REPORT = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]);

/**
Writes `count` reports into `dir` (cycling TXT, DOCX, PDF in the given mix) and, with `broken`,
the broken files and a zip. Returns what it wrote, for the tests to count.
*/
export async function makeArchive(dir, {count = 300, mix = {txt: 0.5, docx: 0.3, pdf: 0.2}, broken = false} = {}) {
	mkdirSync(join(dir, 'a', 'b'), {recursive: true});
	const sources = Object.fromEntries(
		SEEDS.map((seed) => [
			seed,
			{
				txt: readFileSync(join(ROOT, 'fixtures', `${seed}.txt`), 'utf8'),
				docx: readFileSync(join(ROOT, 'fixtures', 'docx', `${seed}.docx`)),
				pdf: readFileSync(join(ROOT, 'fixtures', 'pdf', `${seed}.pdf`)),
			},
		]),
	);
	const written = {reports: [], broken: [], zipped: {reports: 0, broken: 0, skipped: 0}, skipped: []};
	const counts = {txt: Math.round(count * mix.txt), docx: Math.round(count * mix.docx)};
	counts.pdf = count - counts.txt - counts.docx;
	let n = 0;
	for (const format of ['txt', 'docx', 'pdf']) {
		for (let index = 0; index < counts[format]; index++, n++) {
			const seed = SEEDS[n % SEEDS.length];
			const source = sources[seed][format];
			const bytes =
				format === 'txt' ? varyText(source, n) : format === 'docx' ? await varyDocx(source, n) : varyPdf(source, n);
			const path = join(dir, n % 3 === 0 ? 'a' : 'a/b', `${format}-${String(n).padStart(5, '0')}.${format}`);
			writeFileSync(path, bytes);
			written.reports.push(path);
		}
	}
	if (!broken) return written;
	const brokenFiles = {
		'truncated.pdf': sources[SEEDS[1]].pdf.subarray(0, 20000),
		'random-bytes.docx': Buffer.from(Array.from({length: 4096}, (_, index) => (index * 2654435761) % 251)),
		'empty.txt': Buffer.alloc(0),
		'encrypted.pdf': readFileSync(join(ROOT, 'fixtures', 'pdf', 'encrypted.pdf')),
		'legacy.doc': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
	};
	for (const [name, bytes] of Object.entries(brokenFiles)) {
		writeFileSync(join(dir, name), bytes);
		written.broken.push(join(dir, name));
	}
	writeFileSync(join(dir, 'notes.json'), '{}');
	written.skipped.push(join(dir, 'notes.json'));
	const zip = new JSZip();
	zip.file('2024/gbk-name.txt', varyText(sources[SEEDS[0]].txt, 100001));
	zip.file('2024/report.docx', await varyDocx(sources[SEEDS[1]].docx, 100002));
	zip.file('2025/report.pdf', varyPdf(sources[SEEDS[0]].pdf, 100003));
	for (const [name, bytes] of Object.entries(brokenFiles)) zip.file(`broken/${name}`, bytes);
	zip.file('logo.gif', Buffer.from('GIF89a'));
	const archive = await zip.generateAsync({
		type: 'nodebuffer',
		compression: 'DEFLATE',
		// One entry named in GBK without the UTF-8 flag: 2024/报告.txt
		encodeFileName: (name) =>
			name === '2024/gbk-name.txt'
				? Buffer.concat([Buffer.from('2024/'), GBK_REPORT, Buffer.from('.txt')])
				: Buffer.from(name),
	});
	writeFileSync(join(dir, 'archive.zip'), archive);
	written.zipped = {reports: 3, broken: Object.keys(brokenFiles).length, skipped: 1};
	return written;
}
