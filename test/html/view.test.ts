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

	it('speaks Chinese by default and switches to English and back without a reload', async () => {
		await page.goto(pathToFileURL(html).href);
		await page.evaluate(() => {
			(window as unknown as {stayed: boolean}).stayed = true;
		});
		expect(await page.locator('h1').textContent()).toBe('jixiao 审计视图');
		expect(await page.locator('#reports thead').textContent()).toContain('部门');
		expect(await page.locator('h2').first().textContent()).toMatch(/^无法读取的文件（\d+）$/);
		expect(await page.locator('#errors').textContent()).toContain('文件有密码保护（encrypted）');
		await page.locator('#lang').click();
		expect(await page.locator('h1').textContent()).toBe('jixiao audit view');
		expect(await page.locator('#reports thead').textContent()).toContain('Department');
		expect(await page.locator('#errors').textContent()).toContain('password-protected (encrypted)');
		await page.selectOption('#filter-rule', 'ratio-mismatch');
		await page.locator('#reports tbody tr').first().click();
		expect(await page.locator('#findings').textContent()).toContain('does not follow from 21 now');
		expect(await page.locator('#back').textContent()).toBe('← all reports');
		await page.locator('#lang').click();
		expect(await page.locator('#findings').textContent()).toContain('与所列数字不符：现为21，增加15');
		expect(await page.locator('#back').textContent()).toBe('← 全部报告');
		expect(await page.evaluate(() => (window as unknown as {stayed?: boolean}).stayed)).toBe(true);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
	});

	it('makes no network request: the page is the only thing loaded', () => {
		expect([...new Set(requests)]).toEqual([pathToFileURL(html).href]);
	});
});
