import {scanNumbers} from './src/extract/numbers.js';
import {processDocument} from './src/pipeline.js';
const s='在职职工二十一人，项目资金一千二百万元';
console.log(scanNumbers(s,0,s.length));
const r = await processDocument(Buffer.from('某局2025年度部门整体支出绩效自评报告\n2025年决算收入100.00万元，年初结转和结余0.00万元。年末结转和结余5.00万元。我局共有资产121.90万元，其中货币资金0.20万元'), 'x.txt', {rules: []});
console.log(r.facts.filter(f=>f.concept).map(f=>[f.concept,f.stage,f.entity,f.value].join(' ')));
