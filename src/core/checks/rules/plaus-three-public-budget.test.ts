import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './plaus-three-public-budget';

const over = example((s) => {
  itemsOf(s, 'T07')['actual.reception'] = '4.00';
  itemsOf(s, 'T07')['actual.total'] = '12.00';
});

testRule(rule, {
  valid: [
    { name: 'consistent example (under budget)', model: example() },
    { name: 'over by no more than rounding', model: example((s) => (itemsOf(s, 'T07')['actual.reception'] = '3.01')) },
  ],
  invalid: [
    {
      name: '公务接待费 over budget (合计 still under)',
      model: over,
      findings: [
        {
          severity: 'warning',
          cells: [itemRef(over, 'T07', 'actual.reception'), itemRef(over, 'T07', 'budget.reception')],
          actual: '4.00',
          expected: '3.00',
          message: '公务接待费决算数',
        },
      ],
    },
  ],
});
