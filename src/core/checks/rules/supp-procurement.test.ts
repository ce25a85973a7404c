import { example, suppRef } from '../example';
import { testRule } from '../tester';
import { rule } from './supp-procurement';

const wrong = example((s) => (s.supplementary!['procurement.works'] = '1.00'));
const small = example((s) => (s.supplementary!['procurement.small'] = '11.00'));

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    { name: '小微 equal to 中小', model: example((s) => (s.supplementary!['procurement.small'] = '10.00')) },
  ],
  invalid: [
    {
      name: '总额 ≠ 货物 + 工程 + 服务',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [suppRef(wrong, 'procurement.total'), suppRef(wrong, 'procurement.works')],
          expected: '13.00',
          actual: '12.00',
        },
      ],
    },
    {
      name: '小微企业 above 中小企业',
      model: small,
      findings: [
        {
          severity: 'error',
          cells: [suppRef(small, 'procurement.small'), suppRef(small, 'procurement.sme')],
          actual: '11.00',
          expected: '10.00',
          message: '不应超过',
        },
      ],
    },
  ],
});
