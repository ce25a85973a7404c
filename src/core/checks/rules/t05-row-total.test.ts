import { example, rowOf, rowRef, totalOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t05-row-total';

const wrong = example((s) => (rowOf(s, 'T05', '2010399').project = '19.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '项目支出 changed',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(wrong, 'T05', '2010399', 'total'), rowRef(wrong, 'T05', '2010399', 'project')],
          expected: '19.00',
          actual: '20.00',
        },
      ],
    },
    {
      name: 'the known kind of 舍位差异 (189.68 vs 60.53 + 129.16 style)',
      model: example((s) => {
        totalOf(s, 'T05').total = '145.01';
      }),
      findings: [{ severity: 'rounding', difference: '0.01' }],
    },
  ],
});
