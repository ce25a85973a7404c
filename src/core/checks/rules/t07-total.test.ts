import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t07-total';

const wrong = example((s) => (itemsOf(s, 'T07')['budget.abroad'] = '1.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '预算数 合计 ≠ 三项之和',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T07', 'budget.total'), itemRef(wrong, 'T07', 'budget.abroad')],
          expected: '14.00',
          message: '预算数合计',
        },
      ],
    },
    {
      name: '决算数 合计 off by 0.01 is 舍位差异',
      model: example((s) => (itemsOf(s, 'T07')['actual.total'] = '10.01')),
      findings: [{ severity: 'rounding', message: '决算数合计' }],
    },
  ],
});
