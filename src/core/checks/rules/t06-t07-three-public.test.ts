import { example, itemRef, itemsOf, rowOf, rowRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t06-t07-three-public';

const over = example((s) => (rowOf(s, 'T06', '30217').amount = '3.00'));
const abroad = example((s) => s.tables.T06!.rows!.push(['30212', '因公出国（境）费用', { amount: '1.50' }]));
const purchase = example((s) => s.tables.T06!.rows!.push(['31013', '公务用车购置', { amount: '5.00' }]));

testRule(rule, {
  valid: [
    { name: 'consistent example (equal amounts)', model: example() },
    {
      name: 'T07 larger (project spending counted too)',
      model: example((s) => (itemsOf(s, 'T07')['actual.reception'] = '2.50')),
    },
  ],
  invalid: [
    {
      name: '30217 公务接待费 above the 三公 决算',
      model: over,
      findings: [
        {
          severity: 'warning',
          cells: [rowRef(over, 'T06', '30217', 'amount'), itemRef(over, 'T07', 'actual.reception')],
          expected: '2.00',
          actual: '3.00',
          message: '不应超过',
        },
      ],
    },
    {
      name: '30212 因公出国（境）费用 above the 因公出国（境）费 决算',
      model: abroad,
      findings: [
        {
          severity: 'warning',
          cells: [rowRef(abroad, 'T06', '30212', 'amount'), itemRef(abroad, 'T07', 'actual.abroad')],
          actual: '1.50',
          message: '因公出国（境）费用',
        },
      ],
    },
    {
      name: '31013 公务用车购置 with no 购置费 in T07',
      model: purchase,
      findings: [
        {
          severity: 'warning',
          cells: [rowRef(purchase, 'T06', '31013', 'amount'), itemRef(purchase, 'T07', 'actual.vehiclePurchase')],
          actual: '5.00',
        },
      ],
    },
  ],
});
