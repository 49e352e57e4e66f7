/**
Pathological document shapes, generated at any size, and a scaling measure over them: the time to
process a shape at n and at 8n. A linear pipeline gives a ratio near 8; the scaling test asserts at
most 12, `npm run bench` prints the ratios, and the fuzz script feeds the shapes to the pipeline.
Shared by scripts and tests (plain ESM so that both can import it).
*/

const TITLE = '某某县农业农村局2024年度部门整体支出绩效自评报告\n';

/** Each shape maps a size to a text of about that many units (lines, rows, figures, copies). */
export const SHAPES = {
	/** One numbered heading per line, all with the same number: the heading tree and heading rules. */
	'numbered lines': (n) => TITLE + Array.from({length: n}, (_, index) => `（一）工作事项${index}\n`).join(''),
	/** A pipe table of project rows: the layout reader and the table extractor. */
	'table rows': (n) =>
		TITLE +
		'一、项目支出情况\n| 项目名称 | 年初预算数(万元) | 全年执行数(万元) | 执行率 |\n|---|---|---|---|\n' +
		Array.from(
			{length: n},
			(_, index) =>
				`| 项目${index} | ${100 + (index % 50)}.00 | ${90 + (index % 40)}.50 | ${(90 + (index % 10)).toFixed(1)}% |\n`,
		).join(''),
	/** Paragraphs dense with figures: the figure and date scanners, fact inheritance and the rules. */
	figures: (n) =>
		TITLE +
		'一、基本情况\n' +
		Array.from(
			{length: Math.ceil(n / 4)},
			(_, index) =>
				`2024年第${index}项支出${index}.25万元，较上年增加1.5万元，增长${index % 90}.5%，涉及${index % 30}人。\n`,
		).join(''),
	/** A compilation (汇编): one report bound n times into one file. */
	'concatenated reports': (n, seed) => Array.from({length: n}, () => seed).join('\n'),
};

/** Sizes at which each shape is measured (n; the test and bench also run 8n). */
export const SCALING_SIZES = {'numbered lines': 4000, 'table rows': 1000, figures: 2000, 'concatenated reports': 10};

/** CPU milliseconds of `run(text)`, the median of `repeat` runs. */
async function cpuMs(run, text, repeat) {
	const times = [];
	for (let index = 0; index < repeat; index++) {
		const started = process.cpuUsage();
		await run(text);
		const used = process.cpuUsage(started);
		times.push((used.user + used.system) / 1000);
	}
	return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/**
Measures each shape at n and 8n with `run` (text → promise). Returns {shape, n, small, large, ratio}
rows, with the median CPU time of `repeat` runs at each size.
*/
export async function measureScaling(run, {seed, repeat = 3, factor = 8, sizes = SCALING_SIZES} = {}) {
	const rows = [];
	// One warm-up: the first run pays for loading the tokenizer and compiling the regexes.
	await run(SHAPES.figures(50, seed));
	for (const [shape, n] of Object.entries(sizes)) {
		const small = await cpuMs(run, SHAPES[shape](n, seed), repeat);
		const large = await cpuMs(run, SHAPES[shape](n * factor, seed), repeat);
		rows.push({
			shape,
			n,
			small: Math.round(small),
			large: Math.round(large),
			ratio: Math.round((large / small) * 10) / 10,
		});
	}
	return rows;
}
