import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {writeHtmlReport} from '../../src/html/report.js';

describe('the audit view with hostile file names in errors.ndjson', () => {
	it('escapes them inside the data script, so no markup of theirs reaches the page', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'jixiao-html-escape-'));
		writeFileSync(join(dir, 'reports.ndjson'), '');
		const hostile = [
			{
				path: 'in/</script><script>alert(5)</script>.txt',
				reason: 'corrupt',
				message: 'not a readable DOCX (</script><script>alert(6)</script>)',
			},
			{path: 'in/报告<!--<script>.txt', reason: 'empty', message: 'empty file'},
		];
		writeFileSync(
			join(dir, 'errors.ndjson'),
			`${hostile.map((error) => JSON.stringify(error)).join('\n')}\nnot json\n`,
		);

		const html = readFileSync(await writeHtmlReport(dir), 'utf8');

		expect(html).not.toContain('<script>alert');
		expect(html).not.toContain('<!--');
		const data = /<script id="data" type="application\/json">(.*?)<\/script>/su.exec(html)![1]!;
		expect(JSON.parse(data).errors).toEqual(hostile);
	});
});
