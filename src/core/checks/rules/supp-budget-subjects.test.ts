import { example, suppRef } from '../example';
import { testRule } from '../tester';
import { rule } from './supp-budget-subjects';

const wrong = example((s) => (s.supplementary!['budget.subject.2010399'] = '26.00'));

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    {
      name: 'no per-科目 budget lines',
      model: example((s) => {
        for (const k of Object.keys(s.supplementary!)) if (k.startsWith('budget.subject.')) delete s.supplementary![k];
      }),
    },
  ],
  invalid: [
    {
      name: 'Σ 项 budgets ≠ the total budget',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [suppRef(wrong, 'budget.general.expense'), suppRef(wrong, 'budget.subject.2010399')],
          expected: '151.00',
          actual: '150.00',
          message: '年初预算',
        },
      ],
    },
  ],
});
