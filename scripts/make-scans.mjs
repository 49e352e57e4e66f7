// Generates fixtures/scans/: the seeds' PDFs as a scanner would have made them, and as a PDF whose
// font has lost its Unicode map. Scans: every page rasterized by pdftoppm at 200 dpi in grey,
// turned by a slight skew (alternately +0.6° and -0.4°), speckled with noise and saved as JPEG as
// office scanners do, then assembled into a PDF by img2pdf: no text layer at all. Garbled: the
// seed's PDF with every /ToUnicode map removed (qpdf), so its text layer is glyph ids that print as
// "!\"#$%&'()…". Mismapped: the same seed with the Chinese targets of its Unicode maps shifted
// among themselves, so its text layer is real characters in the wrong places (a font whose map
// points at the wrong glyph names), while digits and punctuation stay right. The outputs are committed; the tests need Tesseract to read them, not these tools.
//
// Needs: the Debian packages poppler-utils, img2pdf (with python3-pil), qpdf.
// usage: node scripts/make-scans.mjs
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';

const OUT = 'fixtures/scans';
const SEEDS = ['fixtures/pdf/000_7584c7280180b575.pdf', 'fixtures/pdf/002_bc18d932a785869a.pdf'];

/** Skew and noise, in Pillow (the Python that img2pdf uses has it). */
const DEGRADE = `
import random, sys
from PIL import Image, ImageFilter
random.seed(int(sys.argv[1]))
for index, path in enumerate(sys.argv[2:]):
    image = Image.open(path).convert('L')
    angle = 0.6 if index % 2 == 0 else -0.4
    image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    pixels = image.load()
    width, height = image.size
    for _ in range(width * height // 3000):
        x, y = random.randrange(width), random.randrange(height)
        pixels[x, y] = random.choice((0, 80, 255))
    image = image.filter(ImageFilter.GaussianBlur(0.3))
    image.save(path[:-4] + ".jpg", quality=70)
`;

/** Writes an edited PDF out with qpdf, which repairs what the edit changed (and warns, exit 3, doing so). */
function rewrite(edited, output) {
	try {
		execFileSync('qpdf', [edited, output], {stdio: 'ignore'});
	} catch (error) {
		if (error.status !== 3) throw error;
	}
}

mkdirSync(OUT, {recursive: true});
for (const [index, pdf] of SEEDS.entries()) {
	const name = basename(pdf, '.pdf');
	const work = mkdtempSync(join(tmpdir(), 'scans-'));
	try {
		execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', pdf, join(work, 'page')]);
		const pages = readdirSync(work)
			.filter((file) => file.endsWith('.png'))
			.sort()
			.map((file) => join(work, file));
		execFileSync('/usr/bin/python3', ['-c', DEGRADE, String(index + 1), ...pages]);
		const jpegs = pages.map((page) => page.replace(/\.png$/u, '.jpg'));
		execFileSync('img2pdf', ['--output', join(OUT, `${name}.scan.pdf`), ...jpegs]);
		console.log(`${name}.scan.pdf: ${pages.length} pages`);
	} finally {
		rmSync(work, {recursive: true, force: true});
	}
}
/** Seed 000's PDF expanded by qpdf (streams uncompressed), edited as text, and written as fixtures/scans/<seed>.<suffix>.pdf. */
function editSeedPdf(suffix, edit) {
	const work = mkdtempSync(join(tmpdir(), `${suffix}-`));
	const output = `${basename(SEEDS[0], '.pdf')}.${suffix}.pdf`;
	try {
		const expanded = join(work, 'expanded.pdf');
		execFileSync('qpdf', ['--qdf', '--object-streams=disable', SEEDS[0], expanded]);
		writeFileSync(join(work, 'edited.pdf'), edit(readFileSync(expanded, 'latin1')), 'latin1');
		rewrite(join(work, 'edited.pdf'), join(OUT, output));
		console.log(output);
	} finally {
		rmSync(work, {recursive: true, force: true});
	}
}

// The first seed with its Unicode maps removed.
editSeedPdf('garbled', (text) => text.replace(/\/ToUnicode \d+ 0 R/gu, ''));

// The first seed with the Chinese characters of its Unicode maps shuffled among the entries: same
// lengths, so the streams keep their sizes.
editSeedPdf('mismapped', (text) => {
	const entry = /<([0-9A-F]{2,4})> <([0-9A-F]{4})>/gu;
	const isHan = (hex) => Number.parseInt(hex, 16) >= 0x4e00 && Number.parseInt(hex, 16) <= 0x9fff;
	const targets = [...text.matchAll(entry)].map((match) => match[2]).filter(isHan);
	// A fixed shuffle (a linear congruential generator): a shift would keep runs of the original.
	let seed = 7;
	for (let index = targets.length - 1; index > 0; index--) {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		const other = seed % (index + 1);
		[targets[index], targets[other]] = [targets[other], targets[index]];
	}
	let next = 0;
	return text.replace(entry, (whole, code, target) => (isHan(target) ? `<${code}> <${targets[next++]}>` : whole));
});
