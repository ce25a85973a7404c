import { example, itemRef, itemsOf, totalOf, totalRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t01-t02-income';

const wrongTotal = example((s) => (totalOf(s, 'T02').total = '206.00'));
const wrongFiscal = example((s) => (itemsOf(s, 'T01')['income.fiscalFund'] = '31.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: 'T02 合计 本年收入合计 differs',
      model: wrongTotal,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrongTotal, 'T01', 'income.total'), totalRef(wrongTotal, 'T02', 'total')],
          expected: '206.00',
          actual: '205.00',
        },
      ],
    },
    {
      name: 'T01 财政拨款 (three lines) ≠ T02 财政拨款收入',
      model: wrongFiscal,
      findings: [
        {
          severity: 'error',
          cells: [
            totalRef(wrongFiscal, 'T02', 'fiscal'),
            itemRef(wrongFiscal, 'T01', 'income.fiscalGeneral'),
            itemRef(wrongFiscal, 'T01', 'income.fiscalFund'),
          ],
          expected: '181.00',
          actual: '180.00',
          message: '财政拨款收入',
        },
      ],
    },
  ],
});
