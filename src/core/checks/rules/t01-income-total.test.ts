import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t01-income-total';

const wrong = example((s) => (itemsOf(s, 'T01')['income.business'] = '21.00'));
const rounded = example((s) => (itemsOf(s, 'T01')['income.total'] = '205.02'));
const unreadable = example((s) => (itemsOf(s, 'T01')['income.total'] = '999.00'));
const t = unreadable.tables.T01!;
const withInvalid = {
  ...unreadable,
  tables: {
    ...unreadable.tables,
    T01: { ...t, items: { ...t.items, 'income.total': { ...t.items['income.total'], state: 'invalid' as const } } },
  },
};

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    { name: 'unreadable total is left to the mapping report', model: withInvalid },
  ],
  invalid: [
    {
      name: '事业收入 changed: total no longer the sum',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T01', 'income.total'), itemRef(wrong, 'T01', 'income.business')],
          expected: '206.00',
          actual: '205.00',
          difference: '-1.00',
          message: '收入支出决算总表 本年收入合计',
        },
      ],
    },
    {
      name: 'total off by 0.02 with 8 parts (tolerance 0.045) is 舍位差异',
      model: rounded,
      findings: [
        { severity: 'rounding', expected: '205.00', actual: '205.02', difference: '0.02', message: '舍位差异' },
      ],
    },
  ],
});
