import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t04-income-total';

const wrong = example((s) => (itemsOf(s, 'T04')['income.fund'] = '31.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '政府性基金 income changed',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T04', 'income.total'), itemRef(wrong, 'T04', 'income.fund')],
          expected: '181.00',
          actual: '180.00',
        },
      ],
    },
    {
      name: 'off by 0.01 is 舍位差异',
      model: example((s) => (itemsOf(s, 'T04')['income.total'] = '180.01')),
      findings: [{ severity: 'rounding' }],
    },
  ],
});
