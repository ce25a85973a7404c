import { example, itemRef, rowOf, rowRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t01-expense-total';

const wrong = example((s) => (rowOf(s, 'T01', '208').amount = '18.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: 'a 类 line changed',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T01', 'expense.total'), rowRef(wrong, 'T01', '208', 'amount')],
          expected: '193.00',
          actual: '192.00',
          message: '本年支出合计',
        },
      ],
    },
  ],
});
