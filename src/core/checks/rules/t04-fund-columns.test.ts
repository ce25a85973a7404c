import { example, itemRef, itemsOf, rowOf, rowRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t04-fund-columns';

const wrongRow = example((s) => (rowOf(s, 'T04', '212').fund = '24.00'));
const wrongGrand = example((s) => (itemsOf(s, 'T04')['expense.grand.soe'] = '1.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: 'a 类 row: 合计 ≠ 三栏之和',
      model: wrongRow,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(wrongRow, 'T04', '212', 'total'), rowRef(wrongRow, 'T04', '212', 'fund')],
          expected: '24.00',
          actual: '25.00',
          message: '212 城乡社区支出',
        },
      ],
    },
    {
      name: '支出总计 line',
      model: wrongGrand,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrongGrand, 'T04', 'expense.grand.total'), itemRef(wrongGrand, 'T04', 'expense.grand.soe')],
          expected: '189.00',
        },
      ],
    },
  ],
});
