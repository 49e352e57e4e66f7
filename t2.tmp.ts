import {scanDates} from './src/extract/dates.js';
for (const s of ['2026年4月6日至4月24日期间，我局', '于2023年9月30前，组织开展2022年预算', '截至2025年12月31日，我部门'])
  console.log(JSON.stringify(scanDates(s, 0, s.length)));
