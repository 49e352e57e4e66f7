/**
The concept lexicon of contract §3 as data: the words a report uses for each concept. Matching is
done on tokenizer words (so 职工 is not found inside 在职工勤人员); every cue here is also in
dict/user.dict.utf8 so that the tokenizer keeps it whole (a test checks this).
*/

export type ConceptCue = {concept: string; cues: string[]; /** Default stage when the sentence names none. */ defaultStage?: 'final'};

export const MONEY_CONCEPTS: ConceptCue[] = [
	{concept: 'income.total', cues: ['收入总计', '收入合计', '决算收入', '总收入', '本年收入', '收入预算'], defaultStage: 'final'},
	{concept: 'income.fiscal', cues: ['一般公共预算财政拨款收入', '财政拨款收入', '一般公共预算拨款收入']},
	{concept: 'income.carryoverBeginning', cues: ['年初结转和结余', '年初结转结余', '上年结转结余']},
	{concept: 'expenditure.total', cues: ['支出总计', '支出合计', '决算支出', '总支出', '本年支出', '支出预算'], defaultStage: 'final'},
	{concept: 'expenditure.basic', cues: ['基本支出']},
	{concept: 'expenditure.personnel', cues: ['人员经费']},
	{concept: 'expenditure.publicOperating', cues: ['日常公用经费', '公用经费']},
	{concept: 'expenditure.project', cues: ['项目支出']},
	{concept: 'carryoverEnding', cues: ['年末结转和结余', '年末结转结余']},
	{concept: 'assets.total', cues: ['资产总额', '共有资产', '资产总计']},
	{concept: 'assets.cash', cues: ['货币资金']},
	{concept: 'assets.fixedGross', cues: ['固定资产原值']},
	{concept: 'assets.intangibleGross', cues: ['无形资产原值']},
];

/** Bare 收入 / 支出 name the totals only when nothing more specific stands nearer (收入增加1817.89万元). */
export const GENERIC_MONEY_CUES: ConceptCue[] = [
	{concept: 'income.total', cues: ['收入']},
	{concept: 'expenditure.total', cues: ['支出']},
];

export const STAFF_CONCEPTS: ConceptCue[] = [
	{concept: 'staff.actual.total', cues: ['实有人数', '实有编制人数', '在职职工', '在职人员', '在编人员', '职工总数', '工作人员总数', '人员总数']},
	{concept: 'staff.actual.admin', cues: ['行政人员', '在职行政人员', '公务员']},
	{concept: 'staff.actual.institution', cues: ['事业人员', '在职事业人员']},
	{concept: 'staff.actual.worker', cues: ['工勤人员', '在职工勤人员']},
	{concept: 'staff.actual.managementPost', cues: ['管理岗', '管理岗位']},
	{concept: 'staff.actual.technicalPost', cues: ['专技岗', '专业技术岗', '专业技术岗位']},
	{concept: 'staff.authorized.admin', cues: ['行政编制', '核定行政编制']},
	{concept: 'staff.authorized.institution', cues: ['事业编制', '核定事业编制']},
	{concept: 'staff.authorized.total', cues: ['人员编制', '编制数', '核定编制']},
];

/** Phrases whose 年初 / 预算 / 年末 are part of a name, not a stage (一般公共预算财政拨款收入). */
export const STAGE_NEUTRAL_PHRASES = ['年初结转和结余', '年初结转结余', '年末结转和结余', '年末结转结余', '一般公共预算', '上年结转'];

/** Every cue word, for the tokenizer's domain dictionary. */
export function allCueWords(): string[] {
	return [...MONEY_CONCEPTS, ...GENERIC_MONEY_CUES, ...STAFF_CONCEPTS].flatMap((entry) => entry.cues);
}
