import { example, itemRef, suppRef } from '../example';
import { testRule } from '../tester';
import { rule } from './supp-three-public-budget';

const wrong = example((s) => (s.supplementary!['budget.threePublic.reception'] = '4.00'));

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    { name: 'no 三公 budget in 补充信息', model: example((s) => delete s.supplementary!['budget.threePublic.total']) },
  ],
  invalid: [
    {
      name: '公务接待费 budget differs from T07 预算数',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [suppRef(wrong, 'budget.threePublic.reception'), itemRef(wrong, 'T07', 'budget.reception')],
          expected: '3.00',
          actual: '4.00',
        },
      ],
    },
  ],
});
