// The README's main job: parse every report in fixtures/ into output/<name>.json and audit them.
import {mkdir, readdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {parse} from '../dist/index.js';
import {isReportName} from '../dist/read/formats.js';

// Every file the format registry reads or names (the .doc/.wps/.xls/.et need LibreOffice, the scans Tesseract).
const inputs = (await readdir('fixtures', {recursive: true})).filter(
	(name) => isReportName(name) && !name.startsWith('corpus/gold') && !name.endsWith('.md'),
);
await mkdir('output', {recursive: true});
for (const name of inputs.sort()) {
	try {
		const report = await parse(join('fixtures', name));
		const target = join('output', `${name.replaceAll('/', '__')}.json`);
		await writeFile(target, `${JSON.stringify(report, null, 2)}\n`);
		const counts = {};
		for (const finding of report.findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
		console.log(
			`${name} → ${target}: ${report.facts.length} facts, ${report.sections.length} top-level sections, findings ${JSON.stringify(counts)}${report.notes.length ? `; notes: ${report.notes.map((note) => note.message).join('; ')}` : ''}`,
		);
	} catch (error) {
		console.log(`${name}: ${error.reason ?? 'error'}: ${error.message}`);
	}
}
