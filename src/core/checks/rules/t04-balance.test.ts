import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t04-balance';

const wrong = example((s) => (itemsOf(s, 'T04')['income.grand'] = '187.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '收入总计 ≠ 支出总计',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T04', 'income.grand'), itemRef(wrong, 'T04', 'expense.grand.total')],
          expected: '188.00',
          actual: '187.00',
        },
      ],
    },
  ],
});
