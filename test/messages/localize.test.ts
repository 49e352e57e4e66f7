import {describe, expect, it} from 'vitest';
import {localizeReport} from '../../src/messages/localize.js';
import {processDocument} from '../../src/pipeline.js';

const TEXT = Buffer.from(
	'某局2023年度部门整体支出绩效自评报告\n评价结果分为四档：90分(含)以上为优秀，80分(含)至90分为良好，60分(含)至80分为合格，60分以下为不合格。本次自评得分79.5分，评价等级为良好。\n',
);

describe('finding messages', () => {
	it('are Chinese by default, in an auditor’s words and the report’s own grade scale', async () => {
		const report = await processDocument(TEXT, 'case.txt', {rules: ['score-grade-mismatch']});
		expect(report.findings.map((finding) => finding.message)).toEqual([
			'得分79.5分与等级“良好”不符：按本报告所列标准，79.5分应为“合格”',
		]);
		expect(report.findings[0]).toMatchObject({
			rule: 'score-grade-mismatch',
			messageId: 'mismatch',
			data: {grade: '良好', score: 79.5, expected: '合格'},
		});
	});

	it('are English on request, from the same id and data', async () => {
		const report = await processDocument(TEXT, 'case.txt', {rules: ['score-grade-mismatch'], lang: 'en'});
		expect(report.findings[0]!.message).toBe(
			'Score 79.5 does not fit grade "良好": by the bands this report states, 79.5 is "合格"',
		);
	});

	it('are told again in another language from a stored report without re-reading it', async () => {
		const chinese = await processDocument(TEXT, 'case.txt', {rules: ['score-grade-mismatch']});
		const english = await processDocument(TEXT, 'case.txt', {rules: ['score-grade-mismatch'], lang: 'en'});
		expect(localizeReport(chinese, 'en')).toEqual(english);
		expect(localizeReport(english, 'zh')).toEqual(chinese);
	});
});
