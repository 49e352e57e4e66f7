import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {readPdf} from '../../src/read/pdf.js';
import {pdfLibraries} from '../../src/read/pdf-library.js';

describe('the PDF libraries', () => {
	it('leave the thread’s builtins as they were, keep what they add, and still read a PDF', async () => {
		const nativePush = Array.prototype.push;
		const nativeParse = JSON.parse;
		const first = await pdfLibraries();
		expect(Array.prototype.push).toBe(nativePush);
		expect(JSON.parse).toBe(nativeParse);
		// What the legacy build adds for older engines stays: pdf.js calls it.
		expect(typeof (Promise as unknown as {withResolvers?: unknown}).withResolvers).toBe('function');
		expect(await pdfLibraries()).toBe(first);
		const raw = await readPdf(new Uint8Array(readFileSync('fixtures/pdf/002_bc18d932a785869a.pdf')));
		expect(raw.raw).toContain('石家庄市投资促进局');
		expect(Array.prototype.push).toBe(nativePush);
	});
});
