import { example, rowOf, rowRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t03-row-total';

const wrong = example((s) => (rowOf(s, 'T03', '2210201').toSuperior = '1.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '上缴上级支出 filled without changing 本年支出合计',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(wrong, 'T03', '2210201', 'total'), rowRef(wrong, 'T03', '2210201', 'toSuperior')],
          expected: '11.00',
        },
      ],
    },
    {
      name: '0.01 off is 舍位差异',
      model: example((s) => (rowOf(s, 'T03', '2210201').total = '10.01')),
      findings: [{ severity: 'rounding' }],
    },
  ],
});
