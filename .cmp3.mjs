import {parse} from '/work/main/dist/index.js';
const pairs = [['fixtures/pdf/000_7584c7280180b575.pdf','fixtures/scans/000_7584c7280180b575.scan.pdf'],['fixtures/pdf/002_bc18d932a785869a.pdf','fixtures/scans/002_bc18d932a785869a.scan.pdf']];
const key=f=>`${f.concept}|${f.stage}|${f.value}`;
for (const [a,b] of pairs) {
  const t0=performance.now();
  const ra=await parse(a), rb=await parse(b);
  const head=ra.facts.filter(f=>f.concept).map(key), got=new Set(rb.facts.filter(f=>f.concept).map(key));
  const hit=head.filter(k=>got.has(k));
  const errA=new Set(ra.findings.filter(f=>f.severity==='error').map(f=>f.rule));
  console.log(b.split('/').pop(), Math.round(performance.now()-t0),'ms', 'headline', hit.length,'/',head.length, JSON.stringify(rb.report.title), 'missing', head.filter(k=>!got.has(k)).join(' '), 'new errors', rb.findings.filter(f=>f.severity==='error'&&!errA.has(f.rule)).length);
}
