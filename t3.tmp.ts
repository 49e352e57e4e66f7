import {processDocument} from './src/pipeline.js';
const cases = [
 '一、部门基本情况\n（一）部门概况\n（三）部门整体支出绩效目标\n2.分项目标\n（一）招商引资质效并进\n（二）利用外资稳中有进\n二、自评工作开展情况',
 '项目于2021112月完成验收。',
 '本年度预算执行率为102.5%。',
 '2023年支出合计792.22万元，与上年相比支出增加189.25万元，增长23.89%。',
 '年终支出预算调整为1,000.00万元。2023年支出合计900.00万元，预算执行率为95%。',
 '2023年决算支出中项目支出46.25万元。\n三、分析\n决算中项目支出46.00万元，主要用于招商。',
];
for (const c of cases) {
  const r = await processDocument(Buffer.from('某某区投资促进局2023年度部门整体支出绩效自评报告\n'+c), 'x.txt');
  console.log('---', c.slice(0,30)); console.log(r.findings.map(f=>f.rule+': '+f.message));
  console.log(r.facts.map(f=>[f.kind,f.concept,f.stage,f.exact,f.label].join(' ')).join('\n'));
}
