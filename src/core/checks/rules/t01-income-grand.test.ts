import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t01-income-grand';

const wrong = example((s) => (itemsOf(s, 'T01')['income.carryIn'] = '16.00'));
const noUseBalance = example((s) => delete itemsOf(s, 'T01')['income.useNonFiscalBalance']);

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    { name: 'layout without 使用非财政拨款结余', model: noUseBalance },
  ],
  invalid: [
    {
      name: '年初结转和结余 changed',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T01', 'income.grand'), itemRef(wrong, 'T01', 'income.carryIn')],
          expected: '221.00',
          actual: '220.00',
        },
      ],
    },
    {
      name: '收入总计 off by 0.01 is 舍位差异',
      model: example((s) => (itemsOf(s, 'T01')['income.grand'] = '220.01')),
      findings: [{ severity: 'rounding', difference: '0.01' }],
    },
  ],
});
