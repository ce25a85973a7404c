import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t01-t04-fiscal-income';

const wrong = example((s) => (itemsOf(s, 'T01')['income.fiscalGeneral'] = '150.50'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '一般公共预算财政拨款收入 differs',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T01', 'income.fiscalGeneral'), itemRef(wrong, 'T04', 'income.general')],
          expected: '150.00',
          actual: '150.50',
          message: '一般公共预算财政拨款收入',
        },
      ],
    },
    {
      name: '0.01 apart (tolerance 0.01) is 舍位差异',
      model: example((s) => (itemsOf(s, 'T04')['income.fund'] = '30.01')),
      findings: [{ severity: 'rounding' }],
    },
  ],
});
