import { example, itemRef, itemsOf, totalOf, totalRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t05-t06-basic';

const wrong = example((s) => (itemsOf(s, 'T06').personnelTotal = '96.00'));
// heshan-jdfw-2021: T05 基本支出 189.68 vs T06 人员经费 60.53 + 公用经费 129.16 = 189.69.
const heshan = example((s) => {
  totalOf(s, 'T05').basic = '189.68';
  itemsOf(s, 'T06').personnelTotal = '60.53';
  itemsOf(s, 'T06').publicTotal = '129.16';
});

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '人员经费 changed',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [totalRef(wrong, 'T05', 'basic'), itemRef(wrong, 'T06', 'personnelTotal')],
          expected: '126.00',
          actual: '125.00',
        },
      ],
    },
    {
      name: 'the known 舍位差异 of heshan-jdfw-2021',
      model: heshan,
      findings: [
        { severity: 'rounding', expected: '189.69', actual: '189.68', difference: '-0.01', message: '舍位差异' },
      ],
    },
  ],
});
