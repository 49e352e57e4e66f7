import {mkdtempSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ingest} from '../../src/batch/ingest.js';
import {writeHtmlReport} from '../../src/html/report.js';
import {launchChromium} from '../helpers/chromium.js';

describe('the HTML audit view of an ingest run', () => {
	let browser: Browser;
	let page: Page;
	let html: string;
	let summary: Awaited<ReturnType<typeof ingest>>;
	const requests: string[] = [];

	beforeAll(async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'jixiao-html-')), 'out');
		// The seeds in every format and the failure-mode files; the evaluation corpus is not part of this view.
		summary = await ingest({
			inputs: [
				'fixtures/000_7584c7280180b575.txt',
				'fixtures/002_bc18d932a785869a.txt',
				'fixtures/docx',
				'fixtures/pdf',
				'fixtures/broken',
			],
			out,
		});
		html = await writeHtmlReport(out);
		browser = await launchChromium();
		page = await browser.newPage({viewport: {width: 1280, height: 900}});
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(pathToFileURL(html).href);
	}, 120_000);

	afterAll(async () => {
		await browser?.close();
	});

	it('lists every report and the failed files', async () => {
		expect(summary.reports).toBeGreaterThanOrEqual(9);
		expect(await page.locator('#reports tbody tr').count()).toBe(summary.reports);
		expect(await page.locator('#errors tbody tr').count()).toBe(summary.failed);
		expect(await page.locator('#errors').textContent()).toContain('encrypted');
		expect(await page.locator('.chart svg').count()).toBe(3);
	});

	it('filters to a rule, opens a report, and a click on a finding shows its evidence highlighted', async () => {
		await page.selectOption('#filter-rule', 'ratio-mismatch');
		const rows = page.locator('#reports tbody tr');
		expect(await rows.count()).toBe(3); // seed 000 as TXT, DOCX and PDF
		await rows.first().click();
		const finding = page.locator('#findings li', {hasText: '3.4倍'});
		await finding.click();
		const evidence = page.locator('.ev.active').first();
		await expect.poll(() => evidence.isVisible()).toBe(true);
		expect(await evidence.textContent()).toContain('3.4');
		const box = (await evidence.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(900); // scrolled into view
		expect(await evidence.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
		expect(await page.locator('.fact').count()).toBeGreaterThan(10);
		// Into a temporary folder: running the tests leaves the checkout as it was (README's picture is output/audit-view.png).
		const shot = join(mkdtempSync(join(tmpdir(), 'jixiao-shot-')), 'audit-view.png');
		await page.screenshot({path: shot});
		expect(statSync(shot).size).toBeGreaterThan(10_000);
	});

	it('makes no network request: the page is the only thing loaded', () => {
		expect(requests).toEqual([pathToFileURL(html).href]);
	});
});
