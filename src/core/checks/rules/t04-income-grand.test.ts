import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t04-income-grand';

const wrong = example((s) => (itemsOf(s, 'T04')['income.grand'] = '190.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '收入总计 not 本年收入合计 + 年初结转和结余',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T04', 'income.grand'), itemRef(wrong, 'T04', 'carryIn.total')],
          expected: '188.00',
          difference: '2.00',
        },
      ],
    },
  ],
});
