import { example, suppRef } from '../example';
import { testRule } from '../tester';
import { rule } from './supp-vehicles';

const wrong = example((s) => (s.supplementary!['assets.vehicles.other'] = 2));

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    { name: 'no vehicle lines', model: example((s) => delete s.supplementary!['assets.vehicles.total']) },
  ],
  invalid: [
    {
      name: '车辆合计 ≠ Σ by use',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [suppRef(wrong, 'assets.vehicles.total'), suppRef(wrong, 'assets.vehicles.other')],
          expected: '3',
          actual: '2',
          message: '车辆合计',
        },
      ],
    },
  ],
});
