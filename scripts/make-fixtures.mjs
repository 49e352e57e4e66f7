// Generates the DOCX/PDF fixtures from the two seed reports, plus the failure-mode files.
// The outputs are committed, so tests need none of the tools used here.
//
// Needs: npm run build (uses jixiao's own heading tree to style headings), and the Debian packages
// libreoffice-writer fonts-noto-cjk poppler-utils qpdf img2pdf.
// usage: node scripts/make-fixtures.mjs
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync} from 'node:fs';
import {basename, join} from 'node:path';
import {
	AlignmentType,
	Document,
	HeadingLevel,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TableBorders,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
} from 'docx';
import {parse} from '../dist/index.js';
import {normalize} from '../dist/read/normalize.js';
import {readTxt} from '../dist/read/txt.js';

const FIXTURES = 'fixtures';
const SEEDS = ['000_7584c7280180b575.txt', '002_bc18d932a785869a.txt'];
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
const FONT = 'Noto Serif CJK SC';
for (const folder of ['docx', 'pdf', 'broken']) mkdirSync(join(FIXTURES, folder), {recursive: true});

/** Word numbering of Chinese official documents: 一、 （一） 1. （一） */
const NUMBERING = {
	config: [
		{
			reference: 'gbt9704',
			levels: [
				{level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT},
				{level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT},
				{level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT},
				{level: 3, format: LevelFormat.CHINESE_COUNTING, text: '（%4）', alignment: AlignmentType.LEFT},
			],
		},
	],
};

/** The seed's lines as the user reads them: converter remnants removed. */
function cleanLine(line) {
	return line
		.replace(/\[bookmark:[^\]]*\]/g, '')
		.replace(/^\s*#{1,6}\s*/, '')
		.replaceAll('**', '')
		.trim();
}

function sectionsByLine(sections, map = new Map()) {
	for (const section of sections) {
		map.set(section.loc.line, section);
		sectionsByLine(section.children, map);
	}
	return map;
}

const cell = (text) =>
	new TableCell({
		children: [new Paragraph({children: [new TextRun({text, font: FONT})]})],
		width: {size: 0, type: WidthType.AUTO},
	});
const table = (rows, options = {}) =>
	new Table({
		rows: rows.map((cells) => new TableRow({children: cells.map(cell)})),
		width: {size: 100, type: WidthType.PERCENTAGE},
		...options,
	});

/**
The seed's paragraphs as a Word author wrote them: jixiao's paragraph boundaries (a sentence the
TXT conversion broke across a page break is one paragraph again), with the original characters.
*/
async function seedParagraphs(path) {
	const bytes = readFileSync(path);
	const doc = normalize(await readTxt(bytes), {
		path,
		format: 'txt',
		sha256: '',
		bytes: bytes.length,
		joinBrokenLines: true,
	});
	return doc.paragraphs.map((paragraph) => {
		const rawStart = doc.origin[paragraph.start];
		const rawEnd = doc.origin[paragraph.end - 1] + 1;
		const firstLine = doc.raw.slice(0, rawStart).split('\n').length;
		const lines = doc.raw.slice(doc.raw.lastIndexOf('\n', rawStart - 1) + 1, rawEnd).split('\n');
		return {
			line: firstLine,
			kind: paragraph.kind,
			text: lines.map(cleanLine).filter(Boolean).join(''),
			cells: lines[0].split('\t').map((cell) => cell.trim()),
		};
	});
}

/** Builds the DOCX of a seed: heading styles from jixiao's tree; Word numbering instead of typed numbers when asked. */
async function seedDocx(name, wordNumbering) {
	const path = join(FIXTURES, name);
	const headings = sectionsByLine((await parse(path)).sections);
	const children = [];
	let rows = [];
	const flushTable = () => {
		if (rows.length > 0) children.push(table(rows));
		rows = [];
	};
	for (const paragraph of await seedParagraphs(path)) {
		if (paragraph.kind === 'table-row') {
			rows.push(paragraph.cells);
			continue;
		}
		flushTable();
		const section = headings.get(paragraph.line);
		if (section) {
			const title = wordNumbering ? section.title : paragraph.text;
			children.push(
				new Paragraph({
					heading: HEADINGS[Math.min(section.level, 4) - 1],
					children: [new TextRun({text: title, font: FONT})],
					...(wordNumbering ? {numbering: {reference: 'gbt9704', level: section.level - 1}} : {}),
				}),
			);
		} else children.push(new Paragraph({children: [new TextRun({text: paragraph.text, font: FONT})]}));
	}
	flushTable();
	return new Document({
		numbering: NUMBERING,
		styles: {default: {document: {run: {font: FONT}}}},
		sections: [{children}],
	});
}

/** A 项目支出绩效自评表 built from seed 000's 招商引资费 indicators; `borderless` draws no rules at all. */
function tableDocx(borderless = false) {
	const rows = [
		['项目名称', '招商引资费', '', '', '', '', ''],
		['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
		['年度资金总额', '50', '50', '46.25', '10', '92.5%', '10'],
		['其中:本年财政拨款', '50', '50', '46.25', '-', '-', '-'],
		['上年结转资金', '0', '0', '0', '-', '-', '-'],
		['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
		['产出指标', '数量指标', '外出招商推介次数', '≥2次', '2次', '20', '20'],
		['', '质量指标', '签约客商质量符合定位率', '100%', '72.74%', '20', '20'],
		['', '时效指标', '本年度签约落地投产项目全市排名', '≤3名', '1名', '10', '10'],
		['效益指标', '经济效益指标', '签约客商总投资额', '≥70亿元', '72亿元', '20', '20'],
		['', '可持续影响指标', '全市招商引资排名', '≤10名', '9名', '10', '10'],
		['满意度指标', '服务对象满意度指标', '客商满意度', '≥90%', '90%', '10', '10'],
		['总分', '', '', '', '', '100', '100'],
	];
	const children = [
		new Paragraph({children: [new TextRun({text: '鹿泉区投资促进局2023年度项目支出绩效自评表', font: FONT})]}),
		new Paragraph({
			heading: HeadingLevel.HEADING_1,
			children: [new TextRun({text: '一、招商引资费绩效自评表', font: FONT})],
		}),
		table(rows, borderless ? {borders: TableBorders.NONE} : {}),
	];
	return new Document({styles: {default: {document: {run: {font: FONT}}}}, sections: [{children}]});
}

const outputs = {
	'000_7584c7280180b575.docx': await seedDocx(SEEDS[0], false),
	'002_bc18d932a785869a.docx': await seedDocx(SEEDS[1], true),
	'self-evaluation-table.docx': tableDocx(),
	// No rules drawn: pdf-parse's getTable finds nothing, rows come from text positions.
	'borderless-table.docx': tableDocx(true),
};
for (const [name, document] of Object.entries(outputs))
	writeFileSync(join(FIXTURES, 'docx', name), await Packer.toBuffer(document));

// PDFs through LibreOffice (one call per small batch: it silently stops after ~247 files in one call).
const docxFiles = readdirSync(join(FIXTURES, 'docx')).map((name) => join(FIXTURES, 'docx', name));
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(FIXTURES, 'pdf'), ...docxFiles], {
	stdio: 'ignore',
});
const made = readdirSync(join(FIXTURES, 'pdf')).filter((name) => name.endsWith('.pdf'));
if (!docxFiles.every((file) => made.includes(basename(file).replace(/\.docx$/, '.pdf'))))
	throw new Error('LibreOffice did not convert every DOCX');

// A scanned report: page images only, no text layer.
const scratch = join(FIXTURES, 'pdf', 'scan-page');
execFileSync('pdftoppm', [
	'-png',
	'-r',
	'50',
	'-f',
	'1',
	'-l',
	'2',
	join(FIXTURES, 'pdf', '000_7584c7280180b575.pdf'),
	scratch,
]);
const images = readdirSync(join(FIXTURES, 'pdf'))
	.filter((name) => name.startsWith('scan-page'))
	.sort()
	.map((name) => join(FIXTURES, 'pdf', name));
execFileSync('img2pdf', [...images, '-o', join(FIXTURES, 'pdf', 'scanned.pdf')]);
for (const image of images) rmSync(image);

// An encrypted report (user password required).
execFileSync('qpdf', [
	'--encrypt',
	'secret',
	'owner',
	'256',
	'--',
	join(FIXTURES, 'pdf', '002_bc18d932a785869a.pdf'),
	join(FIXTURES, 'pdf', 'encrypted.pdf'),
]);

// Chinese in a non-embedded STSong-Light font with the predefined UniGB-UCS2-H CMap: pdf.js returns
// an empty string for it unless it is given the CMap directory.
execFileSync('pdftotext', [
	'-f',
	'2',
	'-l',
	'2',
	join(FIXTURES, 'pdf', '002_bc18d932a785869a.pdf'),
	join(FIXTURES, 'pdf', '002_bc18d932a785869a.page-2.pdftotext'),
]);
writeFileSync(join(FIXTURES, 'pdf', 'stsong-cmap.pdf'), stsongPdf('基本支出1106.36万元，项目支出823.46万元。'));

// Broken inputs for the failure modes.
const good = readFileSync(join(FIXTURES, 'pdf', '002_bc18d932a785869a.pdf'));
writeFileSync(join(FIXTURES, 'broken', 'truncated.pdf'), good.subarray(0, Math.floor(good.length / 3)));
const docx = readFileSync(join(FIXTURES, 'docx', '000_7584c7280180b575.docx'));
writeFileSync(join(FIXTURES, 'broken', 'truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
writeFileSync(
	join(FIXTURES, 'broken', 'random-bytes.docx'),
	Buffer.from(Array.from({length: 2048}, (_, index) => (index * 2654435761) % 251)),
);
writeFileSync(join(FIXTURES, 'broken', 'empty.txt'), '');
writeFileSync(
	join(FIXTURES, 'broken', 'legacy.doc'),
	Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
);
writeFileSync(
	join(FIXTURES, 'broken', 'empty.docx'),
	await Packer.toBuffer(new Document({sections: [{children: [new Paragraph('')]}]})),
);
console.log(
	'fixtures written:',
	[...docxFiles, ...readdirSync(join(FIXTURES, 'pdf')), ...readdirSync(join(FIXTURES, 'broken'))].join(', '),
);

/** A one-page PDF whose text uses STSong-Light through UniGB-UCS2-H, written object by object. */
function stsongPdf(text) {
	const hex = Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
	const content = `BT /F1 14 Tf 72 720 Td <${hex}> Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
		'<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
		`<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
		'<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
		'<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
	];
	let pdf = '%PDF-1.4\n';
	const offsets = [];
	objects.forEach((body, index) => {
		offsets.push(pdf.length);
		pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = pdf.length;
	pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
	pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(pdf, 'latin1');
}
