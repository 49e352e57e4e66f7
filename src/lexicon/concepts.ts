/**
The concept vocabulary of contract §3: every concept id, and as data the words a report uses for
each. Matching is done on tokenizer words (so 职工 is not found inside 在职工勤人员); every cue here is
also in dict/user.dict.utf8 so that the tokenizer keeps it whole (test/lexicon/concepts.test.ts).
Adding a concept is a change here: its id in CONCEPT_IDS (the schema's enum and the ConceptId type
follow) and its cue words below.
*/

/** The kinds a headcount is split by; each is an actual count and a change from the prior year. */
const STAFF_KINDS = [
	'total',
	'established',
	'contract',
	'admin',
	'institution',
	'worker',
	'managementPost',
	'technicalPost',
	'workerPost',
] as const;
type StaffKind = (typeof STAFF_KINDS)[number];
const AUTHORIZED_KINDS = ['total', 'admin', 'institution', 'worker'] as const;

export const CONCEPT_IDS = [
	'income.total',
	'income.fiscal',
	'income.carryoverBeginning',
	'expenditure.total',
	'expenditure.basic',
	'expenditure.personnel',
	'expenditure.publicOperating',
	'expenditure.project',
	'carryoverEnding',
	'assets.total',
	'assets.cash',
	'assets.fixedGross',
	'assets.intangibleGross',
	'projectFunds.total',
	'projectFunds.fiscal',
	'projectFunds.carryover',
	'projectFunds.other',
	...STAFF_KINDS.map((kind) => `staff.actual.${kind}` as const),
	...STAFF_KINDS.map((kind) => `staff.change.${kind}` as const),
	...AUTHORIZED_KINDS.map((kind) => `staff.authorized.${kind}` as const),
] as const;

export type ConceptId = (typeof CONCEPT_IDS)[number];

/** The change-from-prior-year concept of a headcount concept (staff.actual.admin → staff.change.admin). */
export function staffChangeOf(concept: ConceptId): ConceptId | null {
	const kind = /^staff\.(?:actual|change)\.(\w+)$/u.exec(concept)?.[1] as StaffKind | undefined;
	return kind && STAFF_KINDS.includes(kind) ? `staff.change.${kind}` : null;
}

/** The establishment (编制) a kind of staff counts against: staff.actual.admin → staff.authorized.admin. */
export function staffAuthorizedOf(concept: ConceptId): ConceptId {
	if (!concept.startsWith('staff.actual.')) return concept;
	const kind = concept.slice('staff.actual.'.length);
	return AUTHORIZED_KINDS.find((authorized) => authorized === kind)
		? `staff.authorized.${kind as (typeof AUTHORIZED_KINDS)[number]}`
		: 'staff.authorized.total';
}

/** The actual headcount concept a change concept is a change of (staff.change.admin → staff.actual.admin). */
export function staffActualOf(concept: ConceptId): ConceptId | null {
	const kind = /^staff\.change\.(\w+)$/u.exec(concept)?.[1] as StaffKind | undefined;
	return kind && STAFF_KINDS.includes(kind) ? `staff.actual.${kind}` : null;
}

export type ConceptCue = {
	concept: ConceptId;
	cues: string[];
	/** Default stage when the sentence names none. */
	defaultStage?: 'final';
};

export const MONEY_CONCEPTS: ConceptCue[] = [
	{
		concept: 'income.total',
		cues: [
			'收入总计',
			'收入合计',
			'本年收入合计',
			'决算收入',
			'总收入',
			'本年收入',
			'全年收入',
			'收入总额',
			'收入预算',
			'预算收入',
		],
		defaultStage: 'final',
	},
	{
		concept: 'income.fiscal',
		cues: [
			'一般公共预算财政拨款收入',
			'财政拨款收入',
			'一般公共预算拨款收入',
			'一般公共预算拨款',
			'公共财政拨款',
			'财政补助收入',
		],
	},
	{concept: 'income.carryoverBeginning', cues: ['年初结转和结余', '年初结转结余', '上年结转结余', '上年结转']},
	{
		concept: 'expenditure.total',
		cues: [
			'支出总计',
			'支出合计',
			'本年支出合计',
			'决算支出',
			'总支出',
			'本年支出',
			'全年支出',
			'支出总额',
			'支出预算',
			'部门整体支出总额',
		],
		defaultStage: 'final',
	},
	{concept: 'expenditure.basic', cues: ['基本支出', '基本支出总额']},
	{concept: 'expenditure.personnel', cues: ['人员经费', '人员经费支出']},
	{concept: 'expenditure.publicOperating', cues: ['日常公用经费', '公用经费', '公用经费支出']},
	{concept: 'expenditure.project', cues: ['项目支出', '项目支出总额', '项目预算']},
	{concept: 'carryoverEnding', cues: ['年末结转和结余', '年末结转结余', '结余结转', '年末结转']},
	{concept: 'assets.total', cues: ['资产总额', '共有资产', '资产总计']},
	{concept: 'assets.cash', cues: ['货币资金']},
	{concept: 'assets.fixedGross', cues: ['固定资产原值']},
	{concept: 'assets.intangibleGross', cues: ['无形资产原值']},
];

/** The funding rows of a project's self-evaluation table (项目资金: 年度资金总额, 其中财政拨款, 上年结转, 其他资金). */
export const PROJECT_FUND_ROWS: Array<[label: RegExp, concept: ConceptId]> = [
	[/资金总额|资金合计|合计|总额/u, 'projectFunds.total'],
	[/财政拨款|财政资金/u, 'projectFunds.fiscal'],
	[/上年结转/u, 'projectFunds.carryover'],
	[/其他资金|单位资金|财政专户/u, 'projectFunds.other'],
];

/** Bare 收入 / 支出 name the totals only when nothing more specific stands nearer (收入增加1817.89万元). */
export const GENERIC_MONEY_CUES: ConceptCue[] = [
	{concept: 'income.total', cues: ['收入']},
	{concept: 'expenditure.total', cues: ['支出']},
];

export const STAFF_CONCEPTS: ConceptCue[] = [
	{
		concept: 'staff.actual.total',
		cues: [
			'实有人数',
			'实有编制人数',
			'实有人员',
			'实有数',
			'实有在职人员',
			'在职实有人数',
			'在职人数',
			'在职职工',
			'在职人员',
			'在职教职工',
			'职工总数',
			'工作人员总数',
			'人员总数',
		],
	},
	// 在编 and 编外 split a headcount: only the established part counts against the 编制.
	{concept: 'staff.actual.established', cues: ['在编人员', '在编人数', '在编在岗', '实有在编人数', '在职在编人员']},
	{concept: 'staff.actual.contract', cues: ['编外人员', '编外聘用', '编外聘用人员', '辅警']},
	{concept: 'staff.actual.admin', cues: ['行政人员', '在职行政人员', '公务员', '民警']},
	{concept: 'staff.actual.institution', cues: ['事业人员', '在职事业人员']},
	{concept: 'staff.actual.worker', cues: ['工勤人员', '在职工勤人员']},
	{concept: 'staff.actual.managementPost', cues: ['管理岗', '管理岗位']},
	{concept: 'staff.actual.technicalPost', cues: ['专技岗', '专业技术岗', '专业技术岗位']},
	{concept: 'staff.actual.workerPost', cues: ['工勤岗', '工勤技能岗']},
	{concept: 'staff.authorized.admin', cues: ['行政编制', '核定行政编制', '政法专项编制']},
	{concept: 'staff.authorized.institution', cues: ['事业编制', '核定事业编制', '全额事业编制']},
	{concept: 'staff.authorized.worker', cues: ['工勤编制']},
	{
		concept: 'staff.authorized.total',
		cues: ['人员编制', '编制数', '编制人数', '核定编制', '核定编制数', '总编制', '全额编制数'],
	},
];

/**
Words right before a total cue that make it a part's total, not the department's: “三公”经费支出合计,
项目资金合计, 国有资本经营预算收入, 政府性基金预算收入. 项目支出 and 基本支出 are cues of their own and never reach this list.
*/
export const SUB_ITEM_BEFORE_TOTAL = /(?:经费|资金|补助|费|工程|项目|资本经营|性基金|专户)["”]?$/u;

/**
A figure that belongs to an item of an enumeration, not to the concept named before it:
"项目支出包括办公设备购置经费12.50万元、…" — the 12.50 is the 购置经费.
*/
export const ENUMERATED_ITEM_BETWEEN =
	/(?:包括|含|主要为|主要是|用于)[^,;。]*?(?:经费|资金|补助|费|工程|项目)[^,;。]{0,3}$/u;

/** A department's budget or spending named without a concept word: 部门年初预算, 部门全年预算数. */
export const DEPARTMENT_BUDGET = /(?:部门|本部门|单位)(?:全年|年初|调整后)?(?:批复)?预算(?:数)?(?:为|是)?$/u;

/** Words before a figure that make it a change of the budget, not the budget: 年中调整追加11.78万元. */
export const ADJUSTMENT_BEFORE = /(?:追加|调增|调减|追减|调整追加|调整减少)(?:了)?$/u;

/**
Words right before a cue that name a different item of the same concept: 全额事业编制 and 差额事业编制
are both 事业编制, but not the same figure.
*/
export const ITEM_MODIFIERS =
	/(?:全额|差额|自收自支|参公|参照公务员法管理|机关|三公|专项|离休|退休|编外|在编|临时|聘用|其他)$/u;

/** Phrases whose 年初 / 预算 / 年末 are part of a name, not a stage (一般公共预算财政拨款收入). */
export const STAGE_NEUTRAL_PHRASES = [
	'年初结转和结余',
	'年初结转结余',
	'年末结转和结余',
	'年末结转结余',
	'一般公共预算',
	'上年结转',
];

/** Every cue word, for the tokenizer's domain dictionary. */
export function allCueWords(): string[] {
	return [...MONEY_CONCEPTS, ...GENERIC_MONEY_CUES, ...STAFF_CONCEPTS].flatMap((entry) => entry.cues);
}
