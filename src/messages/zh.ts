/**
中文：默认语言。措辞按审计意见的写法：先说报告所述，再说按所列数字应得的结果，位置由发现的证据给出。
*/
import type {Catalog} from './catalog-shape.js';

export const zh: Catalog = {
	rules: {
		'balance-mismatch': {
			description: '收入与年初结转和结余之和，不等于支出与年末结转和结余之和。',
			messages: {
				mismatch:
					'收支不平衡：收入{{income}}加年初结转和结余{{beginning}}为{{left}}，支出{{expenditure}}加年末结转和结余{{ending}}为{{right}}，两者应相等',
			},
		},
		'count-mismatch': {
			description: '所述数量（如“以上9个项目”）与实际列举的项数不符。',
			messages: {
				list: '文中称{{count}}，实际列举{{items}}项：{{list}}',
				headings: '文中称“以上{{count}}”，但其前共有{{items}}个项目标题',
			},
		},
		'duplicated-word': {
			description: '词语误重复（如“企业企业”）。',
			messages: {repeated: '词语“{{word}}”重复：“{{text}}”'},
		},
		'evaluation-before-period-end': {
			description: '自评日期早于或等于所评价年度的最后一天。',
			messages: {early: '自评日期为{{date}}，所评价的{{year}}年度尚未结束（应在{{year}}年12月31日之后）'},
		},
		'execution-rate-score': {
			description: '自评表中预算执行率得分不等于“执行率×分值”（以分值为上限）。',
			messages: {
				mismatch: '预算执行率{{rate}}%，分值{{weight}}分，按“执行率×分值”应得{{expected}}分，表中得分为{{score}}分',
			},
		},
		'headcount-mismatch': {
			description: '各类人员或各单位人数之和与所述总人数不符，或各类增减之和与总增减不符。',
			messages: {
				categories: '{{entity}}各类人员{{parts}}合计{{sum}}人，与所述总人数{{total}}人不符',
				entities: '各单位人数{{parts}}合计{{sum}}人，与部门总人数{{total}}人不符',
				change: '各类人员增减{{parts}}合计{{sum}}人，与所述总增减{{total}}人不符',
			},
		},
		'heading-sequence': {
			description: '同级标题序号跳号或重复（如“（一）”之后为“（三）”）。',
			messages: {
				gap: '标题序号“{{actual}}”紧接“{{previous}}”之后，应为“{{expected}}”',
				repeat: '标题序号“{{actual}}”与上一标题重复',
				start: '本级第一个标题序号为“{{actual}}”，应为“{{expected}}”',
			},
		},
		'invalid-date': {
			description: '日期不存在（如2023年2月30日、2025年11月31日）或书写有误（如“2021112月”）。',
			messages: {
				impossible: '日期“{{text}}”不存在',
				malformed: '日期“{{text}}”书写有误：年份与月份连在一起',
			},
		},
		'percent-out-of-range': {
			description: '满意度、占比或比率超过100%。',
			messages: {over: '{{label}}为{{value}}%，超过100%'},
		},
		'ratio-mismatch': {
			description: '所述倍数或百分比与所列数字推算的结果不符。',
			messages: {
				multiple: '{{label}}{{stated}}倍与所列数字不符：现为{{current}}，增加{{change}}，应为{{strict}}倍或{{loose}}倍',
				percent: '{{label}}{{stated}}%与所列数字不符：现为{{current}}，增减{{change}}，应为{{expected}}%',
				execution: '预算执行率{{stated}}%与所列数字不符：支出{{final}}，预算{{budget}}，执行率应为{{expected}}%',
			},
		},
		'score-grade-mismatch': {
			description: '得分与评价等级不符。',
			messages: {
				mismatch: '得分{{score}}分与等级“{{grade}}”不符：按本报告所列标准，{{score}}分应为“{{expected}}”',
				mismatchUsualBands:
					'得分{{score}}分与等级“{{grade}}”不符：按通行标准（90分以上、80至90分、60至80分、60分以下四档），{{score}}分应为“{{expected}}”',
			},
		},
		'score-over-weight': {
			description: '指标（或预算执行率）得分超过其分值（权重）。',
			messages: {over: '“{{name}}”得分{{score}}分，超过其分值{{weight}}分'},
		},
		'score-total-mismatch': {
			description: '各项指标得分之和与所述总分不符，或完整评分表的分值合计不为100分。',
			messages: {
				scores: '各项得分合计{{sum}}分，与表中总分{{total}}分不符',
				weights: '各项分值合计{{sum}}分，应为{{total}}分',
			},
		},
		'staff-over-quota': {
			description: '某类实有人员超过其核定编制。',
			messages: {over: '实有{{kind|term}}人员{{actual}}人，超过核定编制{{quota}}名'},
		},
		'sum-mismatch': {
			description: '分项之和与所述合计数不符。',
			messages: {
				mismatch: '{{parts}}合计{{sum}}，与所述合计数{{total}}不符',
				rounding: '{{parts}}合计{{sum}}，与所述合计数{{total}}仅有四舍五入差异',
			},
		},
		'unmet-target-full-marks': {
			description: '实际完成值未达到目标值的指标仍得满分。',
			messages: {
				fullMarks: '“{{name}}”实际完成{{actual}}，未达到目标{{target}}（{{direction|term}}），却得满分{{weight}}分',
			},
		},
		'value-conflict': {
			description: '同一数字（口径、阶段、单位、年度相同）前后表述不一致。',
			messages: {conflict: '{{label}}前后表述不一致：一处为{{first}}，另一处为{{second}}'},
		},
		'year-mismatch': {
			description: '所评价期间的年份与报告年度不一致。',
			messages: {mismatch: '所评价期间写为{{year}}年，但本报告为{{fiscalYear}}年度'},
		},
	},
	terms: {
		admin: '行政',
		institution: '事业',
		total: '',
		'higher-is-better': '越高越好',
		'lower-is-better': '越低越好',
		qualitative: '定性指标',
		error: '错误',
		warning: '警告',
		info: '提示',
		'ocr-caveat': '（依据OCR识别的文字，请核对原件）',
		'files.one': '个文件',
		'files.many': '个文件',
		'findings.one': '条发现',
		'findings.many': '条发现',
	},
	reasons: {
		corrupt: '文件已损坏或与其扩展名不符',
		encrypted: '文件有密码保护',
		'no-text': '文件中没有可读的文字',
		unsupported: 'jixiao 不支持此格式',
		empty: '空文件',
		decode: '文字编码无法识别',
		'too-large': '文件超过大小限制',
		timeout: '处理超过时间限制',
		unreadable: '文件无法打开',
		'convert-failed': '文件无法转换',
		'ocr-unavailable': '需要OCR识别，但未安装OCR',
		io: '结果无法写入',
		internal: 'jixiao 内部错误',
		'not-a-report': '不是绩效自评报告',
	},
	notes: {
		'no-text': '第{{pages}}页没有文字层',
		'no-text-sheets': '各工作表均无文字',
		'sheets-ignored': '未含报告内容的工作表未读取：{{sheets}}',
		converted: '经 LibreOffice 转换为 {{to}} 后读取',
		ocr: '第{{pages}}页经OCR识别（{{dpi}} dpi）',
		'ocr-unavailable': '第{{pages}}页需要OCR识别，但未安装OCR，未读取',
		'text-layer-unreadable': '第{{pages}}页文字层无法识读',
		'ocr-image': '经OCR识别',
		'facts-truncated': '前{{limit}}个数字之后还有{{count}}个未列出',
		'indicators-truncated': '前{{limit}}个指标之后还有{{count}}个未列出',
		'findings-truncated': '{{rule}}：前{{limit}}条发现之后还有{{count}}条未列出',
	},
	cli: {
		usage: `用法：jixiao parse 文件 [选项]
      jixiao audit 文件... [--format stylish|json] [选项]
      jixiao ingest 输入... --out 目录 [--concurrency N] [--html] [--quiet] [--shard i/n] [--db URL] [选项]
      jixiao report 目录
      jixiao rules
      jixiao schema
选项：--timeout 秒（60）  --max-size MB（50）  --max-memory MB（1024）  --no-workers  --ocr auto|off|force  --lang zh|en
“jixiao 命令 --help”说明各命令。`,
		'help.parse': `用法：jixiao parse 文件 [--timeout 秒] [--max-size MB] [--max-memory MB] [--no-workers] [--ocr auto|off|force] [--lang zh|en]
读取一份报告（TXT、DOCX 或 PDF），输出其 JSON：报告信息、章节、数字、指标、评价结果和发现，
每项都注明在文件中的位置。`,
		'help.audit': `用法：jixiao audit 文件... [--format stylish|json] [--timeout 秒] [--max-size MB] [--max-memory MB] [--no-workers] [--ocr auto|off|force] [--lang zh|en]
检查报告内部的矛盾，逐条列出发现。
退出码：有“错误”级发现时为1，有文件无法读取时为2，否则为0。`,
		'help.ingest': `用法：jixiao ingest 输入... --out 目录 [--concurrency N] [--html] [--quiet] [--shard i/n] [--db URL] [--timeout 秒] [--max-size MB] [--max-memory MB] [--no-workers] [--ocr auto|off|force] [--lang zh|en]
批量读取报告（文件、文件夹、.zip 压缩包、通配符），写入目录：reports/<id>.json、reports.ndjson、
facts.csv、indicators.csv、findings.csv、errors.ndjson、summary.json 和 jixiao.sqlite；
--html 另写 index.html。再次运行时沿用已完成的结果。
--shard i/n 只读取输入中的第 i 份（共 n 份，按相对输入目录的路径划分），多台机器给同样的输入即可分工，互不重叠。
--db postgres://用户@主机/数据库（或环境变量 JIXIAO_DATABASE_URL）同时写入 PostgreSQL：自动建表和迁移，
报告按内容标识，重复运行或分片运行都不会产生重复行。`,
		'help.report': `用法：jixiao report 目录 [--lang zh|en]
为 ingest 的输出目录写出审计视图 目录/index.html。`,
		'help.rules': `用法：jixiao rules [--lang zh|en]
列出全部规则、默认级别及其检查内容。`,
		'help.schema': `用法：jixiao schema
输出报告 JSON 的 JSON Schema。`,
		'error.parseOneFile': 'parse 只接受一个文件',
		'error.auditNeedsFile': 'audit 至少需要一个文件',
		'error.format': '--format 应为 stylish 或 json，实际为 {{value}}',
		'error.needsValue': '{{option}} 需要一个值',
		'error.positive': '{{option}} 应为正数，实际为“{{value}}”',
		'error.lang': '--lang 应为 zh 或 en，实际为 {{value}}',
		'error.ocr': '--ocr 应为 auto、off 或 force，实际为 {{value}}',
		'error.shard': '--shard 应为 i/n（1 ≤ i ≤ n），实际为 {{value}}',
		'error.db': '--db 应为 postgres://用户@主机/数据库，实际为 {{value}}',
		'error.database': '无法使用数据库 {{url}}：{{detail}}',
		'error.databaseWrite': '写入数据库失败，本批已回滚：{{detail}}',
		'error.ingestNeedsOut': 'ingest 需要 --out 目录',
		'error.ingestNeedsInput': 'ingest 至少需要一个输入（文件、文件夹、.zip 或通配符）',
		'error.reportOneDir': 'report 只接受一个目录',
		'error.notIngestFolder':
			'{{dir}} 不是 ingest 的输出目录（没有 reports.ndjson）：请先运行 jixiao ingest … --out {{dir}}',
		'error.unknownCommand': '未知命令 {{command}}',
		'error.outUnwritable': '无法写入 --out {{dir}}：{{detail}}',
		'error.outInUse': '{{dir}} 正被另一个 jixiao 进程使用（{{host}} 上的进程 {{pid}}）；请等其结束或另选 --out',
		'error.outRace': '无法锁定 --out {{dir}}：另一个进程同时占用了它',
		'error.internal': '内部错误：{{message}}',
		fileError: '{{file}}：{{reasonText}}（{{reason}}）：{{message}}',
		'ingest.summary':
			'jixiao ingest：共{{inputs}}个输入：报告{{reports}}份，失败{{failed}}个，重复{{duplicates}}个，非报告{{notReports}}个（见 errors.ndjson），跳过{{skipped}}个（非报告文件）；本次解析{{parsed}}个，沿用{{reused}}个；用时{{seconds}}秒，每秒{{rate}}份 → {{out}}',
		'ingest.progress': '{{done}}/{{total}} 个文件（{{percent}}%）  每秒{{rate}}个  预计剩余 {{eta}}  失败{{failed}}个',
		'report.wrote': 'jixiao report：已写出 {{path}}',
		'audit.summary': '{{files}}个文件中共{{total}}条发现（错误{{errors}}条，警告{{warnings}}条，提示{{infos}}条）',
		'audit.unreadableCount': '，{{failed}}个文件无法读取',
		'audit.unreadable': '{{reasonText}}（{{reason}}）：{{message}}',
	},
	view: {
		title: 'jixiao 审计视图',
		loading: '加载中…',
		summary: '报告{{reports}}份 · 无法读取的文件{{failed}}个',
		'column.department': '部门',
		'column.year': '年度',
		'column.format': '格式',
		'column.income': '收入（万元）',
		'column.expenditure': '支出（万元）',
		'column.rate': '执行率（%）',
		'column.staff': '人数',
		'column.score': '得分',
		'column.grade': '等级',
		'column.findings': '发现',
		'filter.department': '部门',
		'filter.year': '年度',
		'filter.rule': '规则',
		'filter.severity': '级别',
		'filter.all': '{{label}}：全部',
		'filter.search': '搜索路径、标题、部门、发现…',
		shown: '显示{{count}}份',
		more: '再显示{{count}}份（还有{{rest}}份）',
		'chart.byRule': '各规则的发现数',
		'chart.scores': '得分分布',
		'chart.composition': '各部门支出构成（万元）',
		'chart.personnel': '人员经费',
		'chart.publicOperating': '公用经费',
		'chart.project': '项目支出',
		'chart.empty': '暂无数据',
		'chart.noBreakdown': '报告未列出支出构成',
		failedFiles: '无法读取的文件（{{count}}）',
		'errors.file': '文件',
		'errors.reason': '原因',
		'errors.message': '说明',
		reason: '{{text}}（{{reason}}）',
		none: '无',
		back: '← 全部报告',
		findings: '发现（{{count}}）',
		outline: '目录',
		line: '第{{line}}行',
		page: '第{{page}}页',
		noSource: '此目录中没有本报告的原文（由旧版 jixiao 导入）。',
		figure: '（数字）',
		language: 'English',
		'severity.error': '错误',
		'severity.warning': '警告',
		'severity.info': '提示',
	},
};
