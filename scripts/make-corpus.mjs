// Generates the DOCX and PDF documents of the evaluation corpus from their markup sources in
// fixtures/corpus/src/*.md. The outputs are committed, so neither tests nor CI need the tools used here.
//
// Needs: the Debian packages libreoffice-writer and fonts-noto-cjk (PDF only).
// usage: node scripts/make-corpus.mjs [NAME …]
//
// Markup, one paragraph per line (blank lines are ignored):
//   front matter between two `---` lines: format (docx|pdf), numbering (word|typed), header (running
//   header text), pageNumbers (dash: "— 3 —" | plain: "- 3 -"), titleSize (points)
//   # title          the report title (large, centred, bold; wraps in a PDF when long)
//   ## / ### / ####  headings of levels 1-3; with `numbering: word` their typed number (一、 （一） 1.)
//                    is removed and Word's automatic numbering produces it instead
//   | a | b |        table rows; consecutive rows form one Word table (empty cells stay empty);
//                    a cell "^" is merged into the cell above (vertical merge), "<" into the cell on
//                    its left (horizontal merge), as Word templates of 自评表 merge them
//   >> text          a right-aligned line (signature, date)
//   \pagebreak       a page break
//   anything else    a body paragraph
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {
	AlignmentType,
	Document,
	Footer,
	Header,
	HeadingLevel,
	LevelFormat,
	Packer,
	PageBreak,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
} from 'docx';

const SOURCES = 'fixtures/corpus/src';
const DOCS = 'fixtures/corpus/docs';
const FONT = 'Noto Serif CJK SC';
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
/** Typed heading numbers removed where Word numbering replaces them: 一、 （一） 1. */
const TYPED_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、])\s*/u;

/** Word numbering of official documents (GB/T 9704-2012): 一、 → （一） → 1. */
const NUMBERING = {
	config: [
		{
			reference: 'gbt9704',
			levels: [
				{level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT},
				{level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT},
				{level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT},
			],
		},
	],
};

function frontMatter(text) {
	const match = /^---\n([\s\S]*?)\n---\n/u.exec(text);
	if (!match) throw new Error('a corpus source starts with front matter between --- lines');
	const options = Object.fromEntries(
		match[1]
			.split('\n')
			.map((line) => line.split(/:\s*/u))
			.map(([key, ...value]) => [key.trim(), value.join(':').trim()]),
	);
	return {options, body: text.slice(match[0].length)};
}

const run = (text, extra = {}) => new TextRun({text, font: FONT, ...extra});
const cell = (text, span = {}) =>
	new TableCell({
		children: [new Paragraph({children: [run(text, {size: 20})]})],
		width: {size: 0, type: WidthType.AUTO},
		...span,
	});

/** Word cells with their spans: "^" continues the cell above, "<" the cell on the left. */
function table(rows) {
	const covered = rows.map((cells) => cells.map((text) => text === '^' || text === '<'));
	const tableRows = rows.map((cells, r) => {
		const children = [];
		cells.forEach((text, c) => {
			if (covered[r][c]) return;
			let columnSpan = 1;
			while (cells[c + columnSpan] === '<') columnSpan++;
			let rowSpan = 1;
			while (rows[r + rowSpan]?.[c] === '^') rowSpan++;
			children.push(cell(text, {...(columnSpan > 1 ? {columnSpan} : {}), ...(rowSpan > 1 ? {rowSpan} : {})}));
		});
		return new TableRow({children});
	});
	return new Table({rows: tableRows, width: {size: 100, type: WidthType.PERCENTAGE}});
}

function paragraphsOf(body, options) {
	const children = [];
	let rows = [];
	const flush = () => {
		if (rows.length > 0) children.push(table(rows));
		rows = [];
	};
	for (const line of body.split('\n')) {
		if (line.trim() === '') continue;
		if (line.startsWith('|')) {
			rows.push(
				line
					.trim()
					.replace(/^\||\|$/gu, '')
					.split('|')
					.map((text) => text.trim()),
			);
			continue;
		}
		flush();
		const heading = /^(#{1,4})\s+(.*)$/u.exec(line);
		if (heading && heading[1].length === 1) {
			children.push(
				new Paragraph({
					alignment: AlignmentType.CENTER,
					spacing: {after: 240},
					children: [run(heading[2], {bold: true, size: 2 * Number(options.titleSize ?? 18)})],
				}),
			);
		} else if (heading) {
			const level = heading[1].length - 2;
			const word = options.numbering === 'word';
			const text = word ? heading[2].replace(TYPED_NUMBER, '') : heading[2];
			children.push(
				new Paragraph({
					heading: HEADINGS[level],
					children: [run(text, {bold: true})],
					...(word ? {numbering: {reference: 'gbt9704', level}} : {}),
				}),
			);
		} else if (line.startsWith('>>')) {
			children.push(new Paragraph({alignment: AlignmentType.RIGHT, children: [run(line.slice(2).trim())]}));
		} else if (line.trim() === '\\pagebreak') {
			children.push(new Paragraph({children: [new PageBreak()]}));
		} else children.push(new Paragraph({children: [run(line)]}));
	}
	flush();
	return children;
}

function documentOf(source) {
	const {options, body} = frontMatter(source);
	const dash = options.pageNumbers === 'dash' ? ['— ', ' —'] : ['- ', ' -'];
	const headers = options.header
		? {
				default: new Header({
					children: [new Paragraph({alignment: AlignmentType.CENTER, children: [run(options.header, {size: 18})]})],
				}),
			}
		: undefined;
	const footers = options.pageNumbers
		? {
				default: new Footer({
					children: [
						new Paragraph({
							alignment: AlignmentType.CENTER,
							children: [run(dash[0]), new TextRun({children: [PageNumber.CURRENT], font: FONT}), run(dash[1])],
						}),
					],
				}),
			}
		: undefined;
	const document = new Document({
		numbering: NUMBERING,
		styles: {default: {document: {run: {font: FONT, size: 24}}}},
		sections: [{headers, footers, children: paragraphsOf(body, options)}],
	});
	return {options, document};
}

const wanted = process.argv.slice(2);
const names = readdirSync(SOURCES)
	.filter((name) => name.endsWith('.md'))
	.map((name) => name.slice(0, -3))
	.filter((name) => wanted.length === 0 || wanted.includes(name));
mkdirSync(DOCS, {recursive: true});
const toPdf = [];
for (const name of names.sort()) {
	const {options, document} = documentOf(readFileSync(join(SOURCES, `${name}.md`), 'utf8'));
	const bytes = await Packer.toBuffer(document);
	if (options.format === 'pdf') {
		const scratch = join(mkdtempSync(join(tmpdir(), 'corpus-')), `${name}.docx`);
		writeFileSync(scratch, bytes);
		toPdf.push(scratch);
	} else writeFileSync(join(DOCS, `${name}.docx`), bytes);
}
// One LibreOffice call per small batch in a throw-away profile: it silently stops after ~247 files in one call.
if (toPdf.length > 0) {
	const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
	execFileSync(
		'soffice',
		[`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', DOCS, ...toPdf],
		{stdio: 'ignore', timeout: 300_000},
	);
	rmSync(profile, {recursive: true, force: true});
	const made = readdirSync(DOCS);
	const missing = toPdf.map((file) => basename(file).replace(/\.docx$/u, '.pdf')).filter((pdf) => !made.includes(pdf));
	if (missing.length > 0) throw new Error(`LibreOffice did not convert ${missing.join(', ')}`);
}
console.log(`corpus documents written: ${names.length} (${toPdf.length} PDF)`);
