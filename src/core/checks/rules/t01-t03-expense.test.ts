import { example, itemRef, rowOf, rowRef, totalRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t01-t03-expense';

const wrongClass = example((s) => (rowOf(s, 'T01', '201').amount = '141.00'));
const extraClass = example((s) => s.tables.T01!.rows!.push(['213', '农林水支出', { amount: '3.00' }]));
const wrongTotal = example((s) => (itemsOf(s, 'T01')['expense.total'] = '193.00'));

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    {
      name: 'a blank 类 line in T01 that T03 does not print',
      model: example((s) => s.tables.T01!.rows!.push(['213', '农林水支出', { amount: null }])),
    },
  ],
  invalid: [
    {
      name: 'a 类 differs',
      model: wrongClass,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(wrongClass, 'T01', '201', 'amount'), rowRef(wrongClass, 'T03', '201', 'total')],
          expected: '140.00',
          actual: '141.00',
        },
      ],
    },
    {
      name: 'a 类 only in T01',
      model: extraClass,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(extraClass, 'T01', '213', 'amount')],
          expected: '0',
          actual: '3.00',
          message: '没有 213',
        },
      ],
    },
    {
      name: '本年支出合计 differs',
      model: wrongTotal,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrongTotal, 'T01', 'expense.total'), totalRef(wrongTotal, 'T03', 'total')],
        },
      ],
    },
  ],
});
