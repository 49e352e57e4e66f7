/**
Fuzz inputs for jixiao, generated from a seed: the fixture reports in every format, mutated the ways
archives break (bit flips, truncations, lying zip headers, broken XML and PDF objects, text in other
encodings) plus the pathological shapes. The same seed gives the same inputs, so a failure found by
`npm run fuzz` (or the CI sample in the tests) is reproduced by its seed and case number.

Plain ESM, shared by scripts/fuzz.mjs and test/fuzz.test.ts.
*/
import {readFileSync} from 'node:fs';
import {inflateRawSync} from 'node:zlib';
import {SHAPES} from './pathological.mjs';
import {zipBytes} from './zip-bytes.mjs';

const ROOT = new URL('../', import.meta.url);
const FIXTURES = [
	'fixtures/000_7584c7280180b575.txt',
	'fixtures/002_bc18d932a785869a.txt',
	'fixtures/docx/000_7584c7280180b575.docx',
	'fixtures/docx/self-evaluation-table.docx',
	'fixtures/pdf/000_7584c7280180b575.pdf',
	'fixtures/pdf/self-evaluation-table.pdf',
	'fixtures/broken/truncated.docx',
];

/** A small fast PRNG (mulberry32): deterministic per seed. */
export function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = (next, list) => list[Math.floor(next() * list.length)];
const int = (next, below) => Math.floor(next() * below);

/** The entries of a zip written by an honest tool (local headers walked; enough for the fixtures). */
function unzip(bytes) {
	const entries = [];
	let offset = 0;
	while (offset + 30 <= bytes.length && bytes.readUInt32LE(offset) === 0x04034b50) {
		const method = bytes.readUInt16LE(offset + 8);
		const compressed = bytes.readUInt32LE(offset + 18);
		const nameLength = bytes.readUInt16LE(offset + 26);
		const extraLength = bytes.readUInt16LE(offset + 28);
		const name = bytes.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
		const start = offset + 30 + nameLength + extraLength;
		const body = bytes.subarray(start, start + compressed);
		try {
			entries.push({name, data: method === 8 ? inflateRawSync(body) : Buffer.from(body)});
		} catch {
			break; // a damaged fixture (truncated.docx): the entries before it
		}
		offset = start + compressed;
	}
	return entries;
}

const MUTATIONS = {
	'bit flips': (bytes, next) => {
		const copy = Buffer.from(bytes);
		const flips = 1 + int(next, 64);
		for (let index = 0; index < flips; index++) copy[int(next, copy.length)] ^= 1 << int(next, 8);
		return copy;
	},
	truncation: (bytes, next) => bytes.subarray(0, int(next, bytes.length)),
	'byte runs': (bytes, next) => {
		const copy = Buffer.from(bytes);
		const start = int(next, copy.length);
		copy.fill(pick(next, [0x00, 0xff, 0x3c, 0x28]), start, Math.min(copy.length, start + 1 + int(next, 4096)));
		return copy;
	},
	/** Zips: an entry declaring a size other than what it holds, or a corrupted central directory. */
	'lying zip': (bytes, next) => {
		const entries = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50 ? unzip(bytes) : [];
		if (entries.length === 0) return MUTATIONS['bit flips'](bytes, next);
		const victim = int(next, entries.length);
		return zipBytes(
			entries.map((entry, index) =>
				index === victim ? {...entry, declaredSize: pick(next, [0, 1, 1000, entry.data.length * 3, 2 ** 31])} : entry,
			),
		);
	},
	/** Zips: document.xml with a broken tag, an unclosed element or deep nesting. */
	'broken xml': (bytes, next) => {
		if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) return MUTATIONS.truncation(bytes, next);
		const entries = unzip(bytes).map((entry) => {
			if (entry.name !== 'word/document.xml') return entry;
			let xml = entry.data.toString('utf8');
			const at = int(next, xml.length);
			const damage = pick(next, [
				'<',
				'</w:p>',
				'<w:sdt><w:sdtContent>'.repeat(200),
				'&undefined;',
				'<w:tc><w:tcPr><w:gridSpan w:val="99999999"/></w:tcPr></w:tc>',
				'<w:numPr><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr>',
			]);
			xml = xml.slice(0, at) + damage + xml.slice(at);
			return {...entry, data: Buffer.from(xml)};
		});
		return zipBytes(entries);
	},
	/** PDFs: a damaged object, stream length or cross-reference table. */
	'broken pdf objects': (bytes, next) => {
		const text = bytes.toString('latin1');
		if (!text.startsWith('%PDF')) return MUTATIONS['bit flips'](bytes, next);
		const targets = ['obj', 'endobj', 'stream', '/Length', 'xref', 'trailer', '/Root', '/Font'];
		const target = pick(next, targets);
		const positions = [];
		for (let at = text.indexOf(target); at !== -1 && positions.length < 500; at = text.indexOf(target, at + 1))
			positions.push(at);
		if (positions.length === 0) return MUTATIONS.truncation(bytes, next);
		const at = pick(next, positions);
		const replacement = pick(next, ['', 'xxx', '/Length 999999999', '9999999999 0 R', '<<<<<<', '0 0 obj']);
		return Buffer.from(text.slice(0, at) + replacement + text.slice(at + target.length), 'latin1');
	},
	/** Text in another encoding or none: UTF-16 with and without BOM, Latin-1 garbage, stray high bytes. */
	'random encodings': (bytes, next) => {
		const text = bytes.toString('utf8');
		switch (int(next, 4)) {
			case 0:
				return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
			case 1:
				return Buffer.from(text, 'utf16le');
			case 2:
				return Buffer.from(text, 'latin1');
			default: {
				const copy = Buffer.from(bytes);
				for (let index = 0; index < 32; index++) copy[int(next, copy.length)] = 0x80 + int(next, 128);
				return copy;
			}
		}
	},
};

/** Pathological shapes at sizes that stay quick (the scaling test covers large ones). */
const SHAPE_SIZES = {'numbered lines': 20_000, 'table rows': 3000, figures: 5000, 'concatenated reports': 20};

/**
The fuzz cases of a seed: `{index, name, path, bytes}`; the path's extension is the one the input
would carry in an archive (a mutated DOCX keeps .docx).
*/
export function* fuzzCases(seed, count) {
	const next = random(seed);
	const fixtures = FIXTURES.map((path) => ({path, bytes: readFileSync(new URL(path, ROOT))}));
	const seedText = fixtures[0].bytes.toString('utf8');
	for (let index = 0; index < count; index++) {
		// One case in ten is a pathological shape, sometimes mutated too.
		if (next() < 0.1) {
			const shape = pick(next, Object.keys(SHAPES));
			const bytes = Buffer.from(SHAPES[shape](SHAPE_SIZES[shape], seedText));
			const mutation = next() < 0.5 ? pick(next, ['bit flips', 'truncation', 'random encodings']) : null;
			yield {
				index,
				name: `${shape}${mutation ? ` + ${mutation}` : ''}`,
				path: `case-${index}.txt`,
				bytes: mutation ? MUTATIONS[mutation](bytes, next) : bytes,
			};
			continue;
		}
		const fixture = pick(next, fixtures);
		const mutation = pick(next, Object.keys(MUTATIONS));
		const extension = fixture.path.slice(fixture.path.lastIndexOf('.'));
		yield {
			index,
			name: `${fixture.path.replace(/^.*\//u, '')} + ${mutation}`,
			path: `case-${index}${extension}`,
			bytes: MUTATIONS[mutation](fixture.bytes, next),
		};
	}
}

/** Reason classes a file may fail with; anything else (internal) is a bug. */
export const DOCUMENT_REASONS = new Set([
	'corrupt',
	'encrypted',
	'no-text',
	'unsupported',
	'too-large',
	'timeout',
	'empty',
	'decode',
	'unreadable',
	'convert-failed',
]);

/**
Runs `count` cases of `seed` through `run(job)` (the worker pool) and tallies their outcomes. Returns
{total, ok, byReason, bugs: [{index, name, reason, message}], pdfTimeouts: [{index, name}], seconds}. `validate(json)` checks a
report against the schema (throws when invalid).
*/
export async function fuzz({seed, count, run, validate, concurrency = 2, onCase}) {
	const started = performance.now();
	const tally = {total: 0, ok: 0, byReason: {}, bugs: [], pdfTimeouts: []};
	const pending = new Set();
	for (const fuzzCase of fuzzCases(seed, count)) {
		const task = (async () => {
			const result = await run({path: fuzzCase.path, bytes: fuzzCase.bytes, sha256: '0'.repeat(64), forIngest: true});
			tally.total++;
			if (result.status === 'ok') {
				try {
					validate(result.reportJson);
					tally.ok++;
				} catch (error) {
					tally.bugs.push({
						index: fuzzCase.index,
						name: fuzzCase.name,
						reason: 'invalid-report',
						message: String(error.message).slice(0, 300),
					});
				}
			} else {
				const reason = result.status === 'not-a-report' ? 'not-a-report' : result.reason;
				tally.byReason[reason] = (tally.byReason[reason] ?? 0) + 1;
				// A timeout is a hang of ours (every fuzz input is small), except in a PDF: pdf.js can spend
				// minutes parsing a damaged embedded font program (extractFontProgram), which the limit stops.
				const hang = reason === 'timeout' && !fuzzCase.path.endsWith('.pdf');
				if (reason === 'timeout' && !hang) tally.pdfTimeouts.push({index: fuzzCase.index, name: fuzzCase.name});
				if (reason !== 'not-a-report' && (!DOCUMENT_REASONS.has(reason) || hang))
					tally.bugs.push({index: fuzzCase.index, name: fuzzCase.name, reason, message: result.message.slice(0, 300)});
			}
			onCase?.(tally);
		})();
		pending.add(task);
		void task.finally(() => pending.delete(task));
		if (pending.size >= concurrency * 2) await Promise.race(pending);
	}
	await Promise.all(pending);
	return {...tally, seconds: Math.round((performance.now() - started) / 100) / 10};
}
