import {describe, expect, it} from 'vitest';
import {tablesFromPositions} from '../../src/read/pdf-positions.js';

/** Items as pdf.js places them: x, baseline y (upwards), width, text. */
const item = (x: number, y: number, text: string) => ({x, y, width: text.length * 10, text});
const COLUMNS = [77.5, 142, 206.4, 270.9, 335.4];

describe('tablesFromPositions', () => {
	it('rebuilds rows with wrapped cells under a header, and leaves body text out', () => {
		const items = [
			item(72, 760, '本年度项目支出绩效自评情况如下。'),
			...['一级指标', '三级指标', '年度指标值', '实际完成值', '得分'].map((text, index) =>
				item(COLUMNS[index]!, 720, text),
			),
			item(77.5, 700, '效益指标'),
			item(142, 700, '签约客商总'),
			item(206.4, 700, '≥70亿元'),
			item(270.9, 700, '72亿元'),
			item(335.4, 700, '20'),
			item(142, 686, '投资额'),
			item(77.5, 660, '总分'),
			item(335.4, 660, '100'),
			item(72, 620, '二、存在的问题'),
		];
		expect(tablesFromPositions(items)).toEqual([
			[
				['一级指标', '三级指标', '年度指标值', '实际完成值', '得分'],
				['效益指标', '签约客商总\n投资额', '≥70亿元', '72亿元', '20'],
				['总分', '', '', '', '100'],
			],
		]);
	});

	it('finds nothing on a page without a table header', () => {
		expect(tablesFromPositions([item(72, 700, '一、部门基本情况'), item(72, 680, '年初预算数2009.81万元。')])).toEqual(
			[],
		);
	});
});
