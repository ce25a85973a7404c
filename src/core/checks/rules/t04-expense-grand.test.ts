import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t04-expense-grand';

const wrong = example((s) => (itemsOf(s, 'T04')['carryOut.fund'] = '11.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '政府性基金 年末结转 changed',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T04', 'expense.grand.fund'), itemRef(wrong, 'T04', 'carryOut.fund')],
          expected: '36.00',
          actual: '35.00',
        },
      ],
    },
  ],
});
