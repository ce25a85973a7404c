import { example, itemRef, totalOf, totalRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t02-t04-fiscal-income';

const wrong = example((s) => (totalOf(s, 'T02').fiscal = '170.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: 'T02 合计 财政拨款收入 ≠ T04 本年收入合计',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [totalRef(wrong, 'T02', 'fiscal'), itemRef(wrong, 'T04', 'income.total')],
          expected: '180.00',
          actual: '170.00',
        },
      ],
    },
  ],
});
