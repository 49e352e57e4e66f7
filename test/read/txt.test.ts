import {describe, expect, it} from 'vitest';
import type {DocumentLoadError} from '../../src/errors.js';
import {decodeText} from '../../src/read/txt.js';

const sample = '部门整体支出绩效自评报告：基本支出1106.36万元。';

describe('decodeText', () => {
	it('reads UTF-8 with and without a byte order mark', () => {
		expect(decodeText(Buffer.from(sample))).toEqual({text: sample, encoding: 'utf-8'});
		expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]))).toEqual({
			text: sample,
			encoding: 'utf-8',
		});
	});

	it('reads UTF-16 with a byte order mark', () => {
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
		expect(decodeText(le)).toEqual({text: sample, encoding: 'utf-16le'});
		const be = Buffer.from(le.subarray(2)).swap16();
		expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({text: sample, encoding: 'utf-16be'});
	});

	it('reads GBK/GB18030 text of older archives', () => {
		// 基本支出 in GBK
		const gbk = Buffer.from([
			0xbb, 0xf9, 0xb1, 0xbe, 0xd6, 0xa7, 0xb3, 0xf6, 0x31, 0x31, 0x30, 0x36, 0x2e, 0x33, 0x36, 0xcd, 0xf2, 0xd4, 0xaa,
		]);
		expect(decodeText(gbk)).toEqual({text: '基本支出1106.36万元', encoding: 'gb18030'});
	});

	it('refuses an empty file, a blank file and binary data with a reason', () => {
		const reasonOf = (bytes: Uint8Array) => {
			try {
				decodeText(bytes);
				return null;
			} catch (error) {
				return (error as DocumentLoadError).reason;
			}
		};
		expect(reasonOf(new Uint8Array())).toBe('empty');
		expect(reasonOf(Buffer.from(' \n\u3000\n'))).toBe('empty');
		expect(reasonOf(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x9c, 0x80, 0x81, 0x00, 0x00]))).toBe(
			'corrupt',
		);
	});
});
