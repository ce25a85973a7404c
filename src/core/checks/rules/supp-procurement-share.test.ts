import { example, suppRef } from '../example';
import { testRule } from '../tester';
import { rule } from './supp-procurement-share';

// The example: 政府采购支出总额 12.00, 中小企业 10.00 (83.33%), 小微企业 6.00 (50.00%).
const shares = (sme: number, small?: number) =>
  example((s) => {
    s.supplementary!['procurement.smeShare'] = sme;
    if (small !== undefined) s.supplementary!['procurement.smallShare'] = small;
  });
const wrong = shares(80, 50);
const noProcurement = (share: number) =>
  example((s) => {
    for (const k of ['total', 'goods', 'services', 'sme', 'small']) s.supplementary![`procurement.${k}`] = '0.00';
    s.supplementary!['procurement.smeShare'] = share;
  });
const zeroTotal = noProcurement(10);
const shown = shares(83.3);

testRule(rule, {
  valid: [
    { name: 'no share lines', model: example() },
    { name: 'both shares exact', model: shares(83.33, 50) },
    { name: 'no 政府采购 at all: 0%', model: noProcurement(0) },
  ],
  invalid: [
    {
      name: '中小企业占比 不等于 10.00 ÷ 12.00',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [
            suppRef(wrong, 'procurement.smeShare'),
            suppRef(wrong, 'procurement.sme'),
            suppRef(wrong, 'procurement.total'),
          ],
          expected: '83.33',
          actual: '80',
          message: '应为 83.33%，实为 80.00%',
        },
      ],
    },
    {
      name: 'a share of a zero total must be 0',
      model: zeroTotal,
      findings: [
        { severity: 'error', expected: '0', actual: '10', cells: [suppRef(zeroTotal, 'procurement.smeShare')] },
      ],
    },
    {
      name: 'a share shown with one decimal is within its rounding',
      model: shown,
      findings: [{ severity: 'rounding', expected: '83.33', actual: '83.3', message: '舍位差异' }],
    },
  ],
});
