import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t01-expense-grand';

const wrong = example((s) => (itemsOf(s, 'T01')['expense.surplusDistribution'] = '3.00'));

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    { name: 'layout without 结余分配', model: example((s) => delete itemsOf(s, 'T01')['expense.surplusDistribution']) },
  ],
  invalid: [
    {
      name: '结余分配 filled in without changing the total',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T01', 'expense.grand'), itemRef(wrong, 'T01', 'expense.surplusDistribution')],
          expected: '223.00',
        },
      ],
    },
  ],
});
