import {readFileSync} from 'node:fs';
import {readTxt} from './src/read/txt.js';
import {normalize} from './src/read/normalize.js';
import {buildSections} from './src/segment/section-tree.js';
import {extractParagraphFacts} from './src/extract/facts.js';
for (const f of process.argv.slice(2)) {
  const bytes = readFileSync(f);
  const doc = normalize(await readTxt(bytes), {path: f, format: 'txt', sha256: '', bytes: bytes.length, joinBrokenLines: true});
  buildSections(doc);
  doc.paragraphs.forEach((p, i) => { for (const x of extractParagraphFacts(doc, p, i)) if (x.kind !== 'year' && x.kind!=='date' || process.env.ALL) console.log(x.kind, x.concept, x.stage, x.entity, x.exact, x.unit, '|', x.label, '|', x.text, x.loc.line+':'+x.loc.column, x.qualifier??''); });
}
