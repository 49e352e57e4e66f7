import {describe, expect, it} from 'vitest';
import {DocumentLoadError} from '../../src/errors.js';
import {readDocx} from '../../src/read/docx.js';
import {zipBytes} from '../helpers/zip-bytes.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body: string) =>
	`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const paragraph = (text: string, numbering = '') =>
	`<w:p>${numbering ? `<w:pPr><w:numPr>${numbering}</w:numPr></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const docx = (body: string, numberingXml?: string, declaredSize?: number) =>
	zipBytes([
		{name: 'word/document.xml', data: Buffer.from(documentXml(body)), declaredSize},
		...(numberingXml ? [{name: 'word/numbering.xml', data: Buffer.from(numberingXml)}] : []),
	]);

async function failure(bytes: Uint8Array): Promise<DocumentLoadError> {
	const error = await readDocx(bytes).then(
		() => null,
		(thrown: unknown) => thrown,
	);
	expect(error).toBeInstanceOf(DocumentLoadError);
	return error as DocumentLoadError;
}

describe('DOCX limits', () => {
	it('refuses a part that inflates past the cap, whatever size it declares', async () => {
		const padding = ' '.repeat(65 * 1024 * 1024);
		const honest = await failure(docx(paragraph('标题') + padding));
		expect([honest.reason, honest.message]).toEqual([
			'too-large',
			expect.stringMatching(/word\/document\.xml: declares \d+ bytes, over the 64 MB limit/u),
		]);
		const lying = await failure(docx(paragraph('标题') + padding, undefined, 4096));
		expect([lying.reason, lying.message]).toEqual([
			'too-large',
			expect.stringMatching(/inflates to more than the 64 MB limit \(declares 4096 bytes\)/u),
		]);
	});

	it('reads a numbering start of 10¹² and a level "x" as a list from 1, and caps a grid span of 10⁹', async () => {
		const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1000000000000"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
		const table =
			'<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000000000"/></w:tcPr><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>100</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
		const raw = await readDocx(
			docx(
				paragraph('部门概况', '<w:ilvl w:val="x"/><w:numId w:val="1"/>') +
					paragraph('项目情况', '<w:ilvl w:val="0"/><w:numId w:val="1"/>') +
					table,
				numbering,
			),
		);
		const lines = raw.raw.split('\n');
		expect(lines.slice(0, 2)).toEqual(['I.部门概况', 'II.项目情况']);
		expect(lines[2]!.split('\t')).toHaveLength(64 + 1);
	});

	it('refuses content controls nested 10,000 deep with a reason, not a stack overflow', async () => {
		const deep = '<w:sdt><w:sdtContent>'.repeat(10_000) + paragraph('正文') + '</w:sdtContent></w:sdt>'.repeat(10_000);
		const error = await failure(docx(deep));
		expect([error.reason, error.message]).toEqual([
			'corrupt',
			expect.stringMatching(/nested more than 64 levels deep/u),
		]);
		const links = `<w:p>${'<w:hyperlink>'.repeat(10_000)}<w:r><w:t>链接</w:t></w:r>${'</w:hyperlink>'.repeat(10_000)}</w:p>`;
		expect((await failure(docx(links))).reason).toBe('corrupt');
	});
});
