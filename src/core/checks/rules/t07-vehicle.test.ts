import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t07-vehicle';

const wrong = example((s) => (itemsOf(s, 'T07')['actual.vehiclePurchase'] = '20.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '决算数 小计 ≠ 购置 + 运行',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T07', 'actual.vehicle'), itemRef(wrong, 'T07', 'actual.vehiclePurchase')],
          expected: '28.00',
          actual: '8.00',
        },
      ],
    },
  ],
});
