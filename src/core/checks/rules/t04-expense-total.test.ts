import { example, itemRef, rowOf, rowRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t04-expense-total';

const wrong = example((s) => {
  rowOf(s, 'T04', '221').general = '11.00';
  rowOf(s, 'T04', '221').total = '11.00';
});

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: 'a 类 changed in 合计 and 一般公共预算 columns',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T04', 'expense.total.total'), rowRef(wrong, 'T04', '221', 'total')],
          expected: '171.00',
        },
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T04', 'expense.total.general'), rowRef(wrong, 'T04', '221', 'general')],
          expected: '146.00',
          message: '一般公共预算财政拨款',
        },
      ],
    },
  ],
});
