import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {ingest} from '../../src/batch/ingest.js';
import {writeHtmlReport} from '../../src/html/report.js';
import {launchChromium} from '../helpers/chromium.js';
import {zipBytes} from '../helpers/zip-bytes.js';

/** Markup that runs script if it ever reaches the page as markup. */
const PAYLOADS = [
	'<img src=x onerror="window.__pwned=1">',
	'</script><script>window.__pwned=2</script>',
	'<!--<script>',
	'"><svg onload="window.__pwned=3">',
];

describe('the audit view of hostile files', () => {
	it('renders them as text: no script of theirs runs, no element of theirs appears, and the page is not stuck', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'jixiao-hostile-view-'));
		const seed = readFileSync('fixtures/000_7584c7280180b575.txt', 'utf8');
		// Folders make "/" unnecessary in a name.
		const folder = join(dir, '</script><script>window.__pwned=4<', 'script>');
		mkdirSync(folder, {recursive: true});
		PAYLOADS.forEach((payload, index) => {
			const lines = seed.split('\n');
			lines[0] = `${payload}局2024年度部门整体支出绩效自评报告`;
			lines.splice(3, 0, `一、${payload}基本情况`, `${payload}的的说明：支出100万元。`);
			writeFileSync(join(folder, `${index}${payload.replaceAll('/', '')}.txt`), lines.join('\n'));
		});
		writeFileSync(join(folder, '报告<!--<script>.txt'), '');
		writeFileSync(
			join(folder, 'broken<img src=x onerror=alert(1)>.docx'),
			zipBytes([{name: '</script><script>window.__pwned=5</script>.xml', data: Buffer.from('x')}]),
		);
		const out = join(mkdtempSync(join(tmpdir(), 'jixiao-hostile-view-')), 'out');
		const summary = await ingest({inputs: [dir], out});
		expect(summary.reports).toBe(PAYLOADS.length);
		expect(summary.failed).toBe(2);
		const html = await writeHtmlReport(out);

		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			const blocked: string[] = [];
			page.on('console', (message) => {
				if (/Content Security Policy/u.test(message.text())) blocked.push(message.text());
			});
			await page.goto(pathToFileURL(html).href);
			await page.locator('#reports tbody tr').first().waitFor();
			const overview = await page.evaluate(() => ({
				pwned: (window as unknown as {__pwned?: number}).__pwned ?? null,
				images: document.querySelectorAll('img, svg[onload]').length,
				scripts: document.scripts.length,
				loading: document.querySelector('.loading') !== null,
			}));
			expect(overview).toEqual({pwned: null, images: 0, scripts: 2, loading: false});
			expect(await page.locator('#reports tbody tr').count()).toBe(PAYLOADS.length);
			expect(await page.locator('#errors tbody tr').count()).toBe(2);
			expect(await page.locator('#errors').textContent()).toContain('</script><script>window.__pwned=4<');
			// Each report's own view: title, outline, findings and the marked text.
			for (let index = 0; index < PAYLOADS.length; index++) {
				await page.locator('#reports tbody tr').nth(index).click();
				await page.locator('#source').waitFor();
				expect(await page.locator('h1').textContent()).toContain('局2024年度部门整体支出绩效自评报告');
				expect(
					await page.evaluate(() => ({
						pwned: (window as unknown as {__pwned?: number}).__pwned ?? null,
						images: document.querySelectorAll('img, svg[onload]').length,
					})),
				).toEqual({pwned: null, images: 0});
				await page.locator('#back').click();
				await page.locator('#reports tbody tr').first().waitFor();
			}
			expect(dialogs).toEqual([]);
			// The page's own script ran under the hash-only policy (it rendered), and nothing else tried to.
			expect(blocked).toEqual([]);
		} finally {
			await browser.close();
		}
	}, 120_000);
});
