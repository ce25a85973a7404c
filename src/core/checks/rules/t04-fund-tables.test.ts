import { example, itemRef, itemsOf, totalOf, totalRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t04-fund-tables';

const wrong = example((s) => (itemsOf(s, 'T04')['carryIn.fund'] = '6.00'));
const soe = example((s) => (totalOf(s, 'T09').income = '2.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: 'T04 政府性基金 年初结转 ≠ T08 合计',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T04', 'carryIn.fund'), totalRef(wrong, 'T08', 'carryIn')],
          expected: '5.00',
          actual: '6.00',
        },
      ],
    },
    {
      name: 'T09 本年收入 with nothing in T04',
      model: soe,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(soe, 'T04', 'income.soe'), totalRef(soe, 'T09', 'income')],
          expected: '2.00',
          actual: '0',
        },
      ],
    },
  ],
});
