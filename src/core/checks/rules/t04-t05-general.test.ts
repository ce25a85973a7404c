import { example, itemRef, rowOf, rowRef, totalRef, totalOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t04-t05-general';

const wrongClass = example((s) => (rowOf(s, 'T04', '208').general = '16.00'));
const wrongTotal = example((s) => (totalOf(s, 'T05').total = '146.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: 'a 类 of 一般公共预算 differs from T05',
      model: wrongClass,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(wrongClass, 'T04', '208', 'general'), rowRef(wrongClass, 'T05', '208', 'total')],
          expected: '15.00',
          actual: '16.00',
        },
      ],
    },
    {
      name: 'T05 合计 differs from T04 本年支出合计（一般公共预算）',
      model: wrongTotal,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrongTotal, 'T04', 'expense.total.general'), totalRef(wrongTotal, 'T05', 'total')],
          expected: '146.00',
          actual: '145.00',
        },
      ],
    },
  ],
});
