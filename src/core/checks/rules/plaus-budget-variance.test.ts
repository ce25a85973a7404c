import { Dec } from '../../decimal/dec';
import { example, rowRef, suppRef, totalRef } from '../example';
import { testRule } from '../tester';
import { rule } from './plaus-budget-variance';

// 2010399: 决算 20.00 vs 年初预算 25.00 = −20% (at the threshold: no warning).
const over = example((s) => (s.supplementary!['budget.subject.2010399'] = '26.00'));
const unbudgeted = example((s) => (s.supplementary!['budget.subject.2210201'] = '0.00'));
const unspent = example((s) => (s.supplementary!['budget.subject.2130101'] = '8.00'));
const total = example((s) => (s.supplementary!['budget.general.expense'] = '100.00'));

testRule(rule, {
  valid: [
    { name: 'consistent example (−20% is not more than 20%)', model: example() },
    {
      name: 'a budget not filled in is not compared',
      model: example((s) => (s.supplementary!['budget.subject.2010399'] = null)),
    },
    { name: 'threshold option', model: over, options: { budgetVariancePercent: Dec.from(30) } },
  ],
  invalid: [
    {
      name: '项 below budget by more than 20%',
      model: over,
      findings: [
        {
          severity: 'warning',
          cells: [rowRef(over, 'T05', '2010399', 'total'), suppRef(over, 'budget.subject.2010399')],
          expected: '26.00',
          actual: '20.00',
          message: '低于年初预算 26.00 23.08%',
        },
      ],
    },
    {
      name: 'spent with a budget of 0',
      model: unbudgeted,
      findings: [{ severity: 'warning', message: '年初预算为 0' }],
    },
    {
      name: 'budgeted but not spent',
      model: unspent,
      findings: [{ severity: 'warning', cells: [suppRef(unspent, 'budget.subject.2130101')], actual: '0' }],
    },
    {
      name: 'the total',
      model: total,
      findings: [
        {
          severity: 'warning',
          cells: [totalRef(total, 'T05', 'total'), suppRef(total, 'budget.general.expense')],
          message: '超过年初预算 100.00 45.00%',
        },
      ],
    },
  ],
});
