/**
Table and table-of-contents layouts in plain lines, as text flattened from PDF, spreadsheets and
web pages has them. Decided on raw lines, before normalization, so that normalization can turn the
cell separators into tabs while every character keeps its raw offset:

- space-aligned rows: cells separated by two or more spaces
  ("年度资金总额      0             0             10");
- rows with single spaces between cells, under a header row the vocabulary knows
  ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分" then "产出指标 数量指标 … 20 20");
- cells one per line, blank lines between ("人员编制" / "21" / "实有人数" / "21"), including a run of
  header cells followed by a run of value cells, and cells closed by "|" chunked by their header's width;
- tables of contents: the lines after 目录 up to the body's first heading, and any line closed by
  leaders and a page number ("一、本部门职责……3", "四、绩效自评结论————4", "… PAGEREF _Toc8401 \h 3").

One module per family under layout/; this one runs them in order, each leaving alone what an earlier
one settled.
*/
import {markLabelRows, markSingleSpaced, markSpaceAligned} from './layout/aligned-rows.js';
import {markCellPerLine} from './layout/cell-lines.js';
import type {Layout} from './layout/shared.js';
import {markToc} from './layout/toc.js';

export type {Layout} from './layout/shared.js';

/** Finds the table and TOC layouts of plain lines; `known` rows (pipes, tabs, format tables) are left alone. */
export function detectLayout(lines: string[], known: Set<number>): Layout {
	const layout: Layout = {rows: new Set(), separators: new Map(), joins: new Set(), toc: new Set(), drops: new Map()};
	markToc(lines, layout);
	const settled = new Set([...known, ...layout.toc]);
	markSpaceAligned(lines, settled, layout);
	markLabelRows(lines, settled, layout);
	markSingleSpaced(lines, settled, layout);
	markCellPerLine(lines, settled, layout);
	return layout;
}
