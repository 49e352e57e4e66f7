import {describe, expect, it} from 'vitest';
import {progressLine} from '../../src/batch/progress.js';

describe('progressLine', () => {
	it('shows files done of total, rate, ETA and failures', () => {
		expect(progressLine({done: 50, total: 200, failed: 3, parsed: 50, startedAt: 0}, 'en', 10_000)).toBe(
			'50/200 files (25%)  5.0 files/s  ETA 00:30  3 failed',
		);
	});

	it('says the same in Chinese by default', () => {
		expect(progressLine({done: 50, total: 200, failed: 3, parsed: 50, startedAt: 0}, 'zh', 10_000)).toBe(
			'50/200 个文件（25%）  每秒5.0个  预计剩余 00:30  失败3个',
		);
	});

	it('shows an unknown ETA before the first file is done', () => {
		expect(progressLine({done: 0, total: 10, failed: 0, parsed: 0, startedAt: 0}, 'en', 1000)).toBe(
			'0/10 files (0%)  0.0 files/s  ETA --:--  0 failed',
		);
	});
});
