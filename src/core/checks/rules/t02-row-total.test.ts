import { example, rowOf, rowRef, totalOf, totalRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t02-row-total';

const wrong = example((s) => (rowOf(s, 'T02', '2080505').other = '6.00'));
const wrongTotal = example((s) => (totalOf(s, 'T02').total = '204.00'));

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    {
      name: 'a province without the 经营收入 column',
      model: example((s) => {
        s.tables.T02!.columns = s.tables.T02!.columns!.filter((c) => c !== 'operating');
      }),
    },
  ],
  invalid: [
    {
      name: 'a 项 row: 本年收入合计 ≠ Σ columns',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(wrong, 'T02', '2080505', 'total'), rowRef(wrong, 'T02', '2080505', 'other')],
          expected: '21.00',
          actual: '20.00',
        },
      ],
    },
    {
      name: 'the 合计 row',
      model: wrongTotal,
      findings: [
        { severity: 'error', cells: [totalRef(wrongTotal, 'T02', 'total')], expected: '205.00', message: '合计行' },
      ],
    },
  ],
});
