// jixiao audit view: renders the overview, the charts and one report at a time from the JSON block
// embedded in the page. Plain browser JavaScript with no dependencies and no network.
(() => {
	const data = JSON.parse(document.getElementById('data').textContent);
	const reports = data.reports;
	const words = data.words;
	const byId = new Map(reports.map((report) => [report.id, report]));
	const SEVERITIES = ['error', 'warning', 'info'];
	const PAGE_SIZE = 200;
	const state = {
		department: '',
		year: '',
		rule: '',
		severity: '',
		text: '',
		sort: 'department',
		direction: 1,
		shown: PAGE_SIZE,
		lang: data.lang,
	};

	// The page's words in the chosen language, with {{name}} placeholders filled; the switch in the
	// header changes the language without a reload.
	const t = (key, values = {}) =>
		String(words[state.lang].view[key] ?? key).replace(/\{\{(\w+)\}\}/g, (whole, name) =>
			name in values ? String(values[name]) : whole,
		);
	const messageOf = (finding) =>
		typeof finding[2] === 'string' ? finding[2] : (finding[2][state.lang] ?? Object.values(finding[2])[0]);
	const reasonOf = (reason) => t('reason', {text: words[state.lang].reasons[reason] ?? reason, reason});
	const languageSwitch = () => `<button class="lang" id="lang">${t('language')}</button>`;
	function bindLanguageSwitch() {
		document.getElementById('lang').addEventListener('click', () => {
			state.lang = state.lang === 'zh' ? 'en' : 'zh';
			document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
			document.title = t('title');
			route();
		});
	}

	const escapeText = (text) =>
		String(text ?? '').replace(
			/[&<>"']/g,
			(char) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[char],
		);
	const number = (value, digits = 2) =>
		value === null || value === undefined ? '' : Number(value).toLocaleString('zh-CN', {maximumFractionDigits: digits});
	const distinct = (values) =>
		[...new Set(values.filter((value) => value !== null && value !== undefined && value !== ''))].sort();

	function matches(report) {
		if (state.department && report.department !== state.department) return false;
		if (state.year && String(report.year) !== state.year) return false;
		if (
			state.rule &&
			!report.findings.some(
				(finding) => finding[0] === state.rule && (!state.severity || finding[1] === state.severity),
			)
		)
			return false;
		if (state.severity && !report.findings.some((finding) => finding[1] === state.severity)) return false;
		if (state.text) {
			const needle = state.text.toLowerCase();
			const haystack = [report.path, report.title, report.department, report.grade, ...report.findings.map(messageOf)]
				.join(' ')
				.toLowerCase();
			if (!haystack.includes(needle)) return false;
		}
		return true;
	}

	const COLUMNS = [
		['department', 'column.department', (r) => r.department],
		['year', 'column.year', (r) => r.year, true],
		['format', 'column.format', (r) => r.format],
		['income', 'column.income', (r) => r.income, true],
		['expenditure', 'column.expenditure', (r) => r.expenditure, true],
		['rate', 'column.rate', (r) => r.rate, true],
		['staff', 'column.staff', (r) => r.staff, true],
		['score', 'column.score', (r) => r.score ?? r.atLeast, true],
		['grade', 'column.grade', (r) => r.grade],
		['findings', 'column.findings', (r) => r.counts[0] * 10000 + r.counts[1] * 100 + r.counts[2], true],
	];

	function badges(counts) {
		return SEVERITIES.map(
			(severity, index) =>
				`<span class="badge ${counts[index] ? severity : 'zero'}" title="${t(`severity.${severity}`)}">${counts[index]}</span>`,
		).join(' ');
	}

	function cell(column, report) {
		if (column[0] === 'findings') return `<td>${badges(report.counts)}</td>`;
		if (column[0] === 'score')
			return `<td class="num">${report.score !== null ? number(report.score) : report.atLeast !== null ? `≥${number(report.atLeast)}` : ''}</td>`;
		const value = column[2](report);
		return column[3]
			? `<td class="num">${column[0] === 'year' ? escapeText(value) : number(value)}</td>`
			: `<td>${escapeText(value)}</td>`;
	}

	function sorted(list) {
		const column = COLUMNS.find((candidate) => candidate[0] === state.sort);
		return [...list].sort((a, b) => {
			const x = column[2](a);
			const y = column[2](b);
			if (x === y) return a.path < b.path ? -1 : 1;
			if (x === null || x === undefined) return 1;
			if (y === null || y === undefined) return -1;
			return (x < y ? -1 : 1) * state.direction;
		});
	}

	function options(id, label, values, current, shown = (value) => value) {
		const choices = values.map(
			(value) =>
				`<option value="${escapeText(value)}"${String(value) === current ? ' selected' : ''}>${escapeText(shown(value))}</option>`,
		);
		return `<select id="${id}" aria-label="${label}"><option value="">${escapeText(t('filter.all', {label}))}</option>${choices.join('')}</select>`;
	}

	// Charts: inline SVG, drawn from the filtered reports.
	function barChart(entries, colour) {
		if (entries.length === 0) return `<p class="empty">${t('chart.empty')}</p>`;
		const max = Math.max(...entries.map((entry) => entry[1]), 1);
		const height = entries.length * 22 + 4;
		const bars = entries.map(([label, value], index) => {
			const y = index * 22 + 2;
			const width = (value / max) * 220;
			return `<text x="150" y="${y + 14}" text-anchor="end" font-size="12">${escapeText(label)}</text><rect x="156" y="${y + 3}" width="${width}" height="14" fill="${colour}"/><text x="${160 + width}" y="${y + 14}" font-size="12">${value}</text>`;
		});
		return `<svg viewBox="0 0 420 ${height}" role="img">${bars.join('')}</svg>`;
	}

	function stackedChart(rows) {
		if (rows.length === 0) return `<p class="empty">${t('chart.noBreakdown')}</p>`;
		const parts = [
			['personnel', t('chart.personnel'), '#5c6bc0'],
			['publicOperating', t('chart.publicOperating'), '#26a69a'],
			['project', t('chart.project'), '#ffa726'],
		];
		const max = Math.max(...rows.map((row) => parts.reduce((sum, part) => sum + (row[part[0]] || 0), 0)), 1);
		const body = rows.map((row, index) => {
			let x = 156;
			const y = index * 22 + 20;
			const segments = parts.map(([key, name, colour]) => {
				const width = ((row[key] || 0) / max) * 240;
				const rect = `<rect x="${x}" y="${y}" width="${width}" height="14" fill="${colour}"><title>${escapeText(row.label)} ${name} ${number(row[key])} 万元</title></rect>`;
				x += width;
				return rect;
			});
			return `<text x="150" y="${y + 11}" text-anchor="end" font-size="12">${escapeText(row.label)}</text>${segments.join('')}`;
		});
		const legend = parts
			.map(
				([, name, colour], index) =>
					`<rect x="${156 + index * 90}" y="2" width="10" height="10" fill="${colour}"/><text x="${170 + index * 90}" y="11" font-size="11">${name}</text>`,
			)
			.join('');
		return `<svg viewBox="0 0 420 ${rows.length * 22 + 24}" role="img">${legend}${body.join('')}</svg>`;
	}

	function charts(list) {
		const byRule = new Map();
		for (const report of list)
			for (const finding of report.findings) byRule.set(finding[0], (byRule.get(finding[0]) || 0) + 1);
		const buckets = [
			['<60', 0, 60],
			['60–70', 60, 70],
			['70–80', 70, 80],
			['80–90', 80, 90],
			['90–95', 90, 95],
			['95–100', 95, 101],
		];
		const scores = buckets.map(([label, low, high]) => [
			label,
			list.filter((report) => {
				const score = report.score ?? report.atLeast;
				return score !== null && score >= low && score < high;
			}).length,
		]);
		const departments = new Map();
		for (const report of list) {
			if (report.personnel === null && report.publicOperating === null && report.project === null) continue;
			const key = `${report.department ?? '?'} ${report.year ?? ''}`;
			if (!departments.has(key))
				departments.set(key, {
					label: key,
					personnel: report.personnel,
					publicOperating: report.publicOperating,
					project: report.project,
				});
		}
		return `<div class="charts">
			<div class="chart"><h3>${t('chart.byRule')}</h3>${barChart(
				[...byRule].sort((a, b) => b[1] - a[1]),
				'#c62828',
			)}</div>
			<div class="chart"><h3>${t('chart.scores')}</h3>${barChart(scores, '#1565c0')}</div>
			<div class="chart"><h3>${t('chart.composition')}</h3>${stackedChart([...departments.values()].slice(0, 25))}</div>
		</div>`;
	}

	function renderOverview() {
		const list = sorted(reports.filter(matches));
		const rules = distinct(reports.flatMap((report) => report.findings.map((finding) => finding[0])));
		const head = COLUMNS.map(
			(column) =>
				`<th data-key="${column[0]}"${state.sort === column[0] ? ` data-sort="${state.direction > 0 ? 'asc' : 'desc'}"` : ''}>${t(column[1])}</th>`,
		).join('');
		const rows = list
			.slice(0, state.shown)
			.map(
				(report) =>
					`<tr data-id="${report.id}" title="${escapeText(report.path)}">${COLUMNS.map((column) => cell(column, report)).join('')}</tr>`,
			)
			.join('');
		const errors = data.errors
			.map(
				(error) =>
					`<tr><td>${escapeText(error.path)}</td><td>${escapeText(reasonOf(error.reason))}</td><td>${escapeText(error.message)}</td></tr>`,
			)
			.join('');
		document.getElementById('app').innerHTML = `
			<header><h1>${t('title')}</h1><span class="summary">${t('summary', {reports: reports.length, failed: data.errors.length})}</span>${languageSwitch()}</header>
			<main>
				<div class="filters">
					${options('filter-department', t('filter.department'), distinct(reports.map((report) => report.department)), state.department)}
					${options('filter-year', t('filter.year'), distinct(reports.map((report) => report.year)), state.year)}
					${options('filter-rule', t('filter.rule'), rules, state.rule)}
					${options('filter-severity', t('filter.severity'), SEVERITIES, state.severity, (severity) => t(`severity.${severity}`))}
					<input id="filter-text" type="search" placeholder="${escapeText(t('filter.search'))}" value="${escapeText(state.text)}">
					<span>${t('shown', {count: list.length})}</span>
				</div>
				${charts(list)}
				<table id="reports"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>
				${list.length > state.shown ? `<button class="more" id="more">${t('more', {count: Math.min(PAGE_SIZE, list.length - state.shown), rest: list.length - state.shown})}</button>` : ''}
				<h2>${t('failedFiles', {count: data.errors.length})}</h2>
				${data.errors.length ? `<table id="errors"><thead><tr><th>${t('errors.file')}</th><th>${t('errors.reason')}</th><th>${t('errors.message')}</th></tr></thead><tbody>${errors}</tbody></table>` : `<p class="empty">${t('none')}</p>`}
			</main>`;
		bindLanguageSwitch();
		for (const [id, key] of [
			['filter-department', 'department'],
			['filter-year', 'year'],
			['filter-rule', 'rule'],
			['filter-severity', 'severity'],
		]) {
			document.getElementById(id).addEventListener('change', (event) => {
				state[key] = event.target.value;
				state.shown = PAGE_SIZE;
				renderOverview();
			});
		}
		const search = document.getElementById('filter-text');
		search.addEventListener('input', () => {
			clearTimeout(search.timer);
			search.timer = setTimeout(() => {
				state.text = search.value;
				renderOverview();
				const again = document.getElementById('filter-text');
				again.focus();
				again.setSelectionRange(again.value.length, again.value.length);
			}, 200);
		});
		for (const th of document.querySelectorAll('#reports th')) {
			th.addEventListener('click', () => {
				state.direction = state.sort === th.dataset.key ? -state.direction : 1;
				state.sort = th.dataset.key;
				renderOverview();
			});
		}
		for (const tr of document.querySelectorAll('#reports tbody tr')) {
			tr.addEventListener('click', () => {
				location.hash = `report=${tr.dataset.id}`;
			});
		}
		const more = document.getElementById('more');
		if (more)
			more.addEventListener('click', () => {
				state.shown += PAGE_SIZE;
				renderOverview();
			});
	}

	/** Cuts the text at every fact and evidence boundary and wraps each piece in the spans that cover it. */
	function markedText(report, from, to) {
		const marks = [];
		for (const fact of report.facts) marks.push({start: fact[0], end: fact[0] + fact[1], kind: 'fact', fact});
		for (const [index, finding] of report.findings.entries()) {
			for (const evidence of finding[3])
				marks.push({start: evidence[0], end: evidence[0] + evidence[1], kind: 'ev', severity: finding[1], index});
		}
		const inside = marks.filter((mark) => mark.end > from && mark.start < to);
		const cuts = [
			...new Set([from, to, ...inside.flatMap((mark) => [Math.max(mark.start, from), Math.min(mark.end, to)])]),
		].sort((a, b) => a - b);
		let html = '';
		for (let index = 0; index + 1 < cuts.length; index++) {
			const start = cuts[index];
			const end = cuts[index + 1];
			const piece = escapeText(report.text.slice(start, end));
			const covering = inside.filter((mark) => mark.start <= start && mark.end >= end);
			if (covering.length === 0) {
				html += piece;
				continue;
			}
			const classes = new Set();
			const titles = [];
			for (const mark of covering) {
				if (mark.kind === 'fact') {
					classes.add('fact');
					const [, , concept, stage, value, unit, entity] = mark.fact;
					titles.push(
						`${concept ?? t('figure')}${stage ? ` · ${stage}` : ''}${entity ? ` · ${entity}` : ''} = ${value}${unit ?? ''}`,
					);
				} else {
					classes.add('ev');
					classes.add(mark.severity);
					classes.add(`f-${mark.index}`);
					titles.push(messageOf(report.findings[mark.index]));
				}
			}
			html += `<span class="${[...classes].join(' ')}" title="${escapeText(titles.join('\n'))}">${piece}</span>`;
		}
		return html;
	}

	function renderReport(report) {
		const headingAt = new Set(report.sections.map((section) => section[0]));
		const paragraphs = report.paragraphs
			.map(
				([start, end, page]) =>
					`<div class="para${headingAt.has(start) ? ' heading' : ''}" id="o-${start}"><span class="page">${page ? t('page', {page}) : ''}</span><div>${markedText(report, start, end)}</div></div>`,
			)
			.join('');
		const outline = report.sections
			.map(
				([offset, level, numberText, title]) =>
					`<li style="margin-left:${(level - 1) * 12}px"><a data-offset="${offset}">${escapeText(numberText)} ${escapeText(title)}</a></li>`,
			)
			.join('');
		const findings = report.findings
			.map(
				(finding, index) =>
					`<li class="${finding[1]}${state.rule && finding[0] !== state.rule ? ' dim' : ''}" data-finding="${index}"><div>${escapeText(messageOf(finding))}</div><div class="rule" title="${escapeText(words[state.lang].rules[finding[0]] ?? '')}">${escapeText(finding[0])} · ${t(`severity.${finding[1]}`)} · ${t('line', {line: finding[3][0][3]})}${finding[3][0][2] ? ` · ${t('page', {page: finding[3][0][2]})}` : ''}</div></li>`,
			)
			.join('');
		document.getElementById('app').innerHTML = `
			<header><h1>${escapeText(report.title ?? report.path)}</h1><span class="summary">${escapeText(report.department ?? '')} ${escapeText(report.year ?? '')} · ${escapeText(report.path)}</span>${languageSwitch()}</header>
			<main>
				<p><a class="back" id="back">${t('back')}</a></p>
				<div id="report-view">
					<aside>
						<h2>${t('findings', {count: report.findings.length})}</h2>
						<ul id="findings">${findings || `<li class="empty">${t('none')}</li>`}</ul>
						<h2>${t('outline')}</h2>
						<ul class="outline">${outline}</ul>
					</aside>
					<section class="text" id="source">${paragraphs || `<p class="empty">${t('noSource')}</p>`}</section>
				</div>
			</main>`;
		bindLanguageSwitch();
		document.getElementById('back').addEventListener('click', () => {
			location.hash = '';
		});
		for (const link of document.querySelectorAll('.outline a')) {
			link.addEventListener('click', () => {
				document.getElementById(`o-${link.dataset.offset}`)?.scrollIntoView({block: 'start'});
			});
		}
		for (const item of document.querySelectorAll('#findings li[data-finding]'))
			item.addEventListener('click', () => selectFinding(item.dataset.finding));
	}

	function selectFinding(index) {
		for (const element of document.querySelectorAll('.ev.active')) element.classList.remove('active');
		for (const element of document.querySelectorAll('#findings li.selected')) element.classList.remove('selected');
		document.querySelector(`#findings li[data-finding="${index}"]`)?.classList.add('selected');
		const marked = document.querySelectorAll(`.ev.f-${index}`);
		for (const element of marked) element.classList.add('active');
		marked[0]?.scrollIntoView({block: 'center'});
	}

	function route() {
		const match = /report=([0-9a-f]+)/.exec(location.hash);
		const report = match && byId.get(match[1]);
		if (report) renderReport(report);
		else renderOverview();
		window.scrollTo(0, 0);
	}

	window.addEventListener('hashchange', route);
	route();
})();
