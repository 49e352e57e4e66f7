/**
Characters Tesseract's simplified-Chinese model confuses in these reports, as data: each entry
names a misread, the context that makes it certain, and the word meant. Applied to OCR text only,
before normalization. Measured on the scan twins (fixtures/scans): 支出 read as 文出 in four of
five pages; 收入 as 收人. The contexts keep real words intact (发文出台, 接收人员). A correction
keeps the text's length, so the words' positions and confidences still hold.
*/
export const OCR_CONFUSIONS: ReadonlyArray<{misread: RegExp; meant: string}> = [
	// 基本文出, 项目文出, 文出合计, 文出预算… but not 发文出台 or 本文出自.
	{
		misread: /(?<=基本|项目|本年|年度|部门|总|公用|人员|的|，|,)文出|文出(?=合计|总计|总额|预算|决算|\d)/gu,
		meant: '支出',
	},
	{misread: /(?<=基本|项目|本年|年度|部门|总|的|，|,)攴出|攴出(?=合计|总计|总额|预算|决算|\d)/gu, meant: '支出'},
	// 收人合计, 财政拨款收人, 本年收人 — not 接收人员.
	{misread: /收人(?=合计|总计|总额|预算|决算|\d)|(?<=拨款|本年|年度|总|其他)收人/gu, meant: '收入'},
];

/** OCR text with the known misreads of this domain corrected. */
export function correctOcrText(text: string): string {
	let corrected = text;
	for (const {misread, meant} of OCR_CONFUSIONS) corrected = corrected.replace(misread, meant);
	return corrected;
}
