import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t01-balance';

const wrong = example((s) => (itemsOf(s, 'T01')['expense.grand'] = '221.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '支出总计 differs from 收入总计',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T01', 'income.grand'), itemRef(wrong, 'T01', 'expense.grand')],
          expected: '221.00',
          actual: '220.00',
        },
      ],
    },
    {
      name: 'off by 0.01 (tolerance 0.01) is 舍位差异',
      model: example((s) => (itemsOf(s, 'T01')['expense.grand'] = '220.01')),
      findings: [{ severity: 'rounding' }],
    },
  ],
});
