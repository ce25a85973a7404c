import { example, rowOf, rowRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t06-class-rollup';

const wrong = example((s) => (rowOf(s, 'T06', '30201').amount = '10.50'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '302 ≠ Σ its 款',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(wrong, 'T06', '302', 'amount'), rowRef(wrong, 'T06', '30201', 'amount')],
          expected: '20.50',
          actual: '20.00',
        },
      ],
    },
  ],
});
