import { example, itemRef, suppRef } from '../example';
import { testRule } from '../tester';
import { rule } from './supp-operating-cost';

const over = example((s) => (s.supplementary!['operatingCost.amount'] = '31.00'));
const under = example((s) => (s.supplementary!['operatingCost.amount'] = '20.00'));

testRule(rule, {
  valid: [
    { name: 'equal to 公用经费合计', model: example() },
    { name: 'not filled in', model: example((s) => (s.supplementary!['operatingCost.amount'] = null)) },
  ],
  invalid: [
    {
      name: 'above 公用经费合计',
      model: over,
      findings: [
        {
          severity: 'warning',
          cells: [suppRef(over, 'operatingCost.amount'), itemRef(over, 'T06', 'publicTotal')],
          expected: '30.00',
          actual: '31.00',
          message: '机关运行经费',
        },
      ],
    },
    { name: 'below 公用经费合计', model: under, findings: [{ severity: 'warning', difference: '-10.00' }] },
    {
      name: 'within rounding',
      model: example((s) => (s.supplementary!['operatingCost.amount'] = '30.01')),
      findings: [{ severity: 'rounding' }],
    },
  ],
});
