import { example, itemRef, itemsOf, rowOf, rowRef } from '../example';
import { testRule } from '../tester';
import { rule } from './t06-group-totals';

const wrong = example((s) => (rowOf(s, 'T06', '303').amount = '6.00'));
const wrongPublic = example((s) => (itemsOf(s, 'T06').publicTotal = '29.00'));

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    {
      name: 'a 类 line not printed: its 款 stand for it',
      model: example((s) => {
        s.tables.T06!.rows = s.tables.T06!.rows!.filter((r) => r[0] !== '310');
      }),
    },
  ],
  invalid: [
    {
      name: '303 changed: 人员经费合计 ≠ 301 + 303',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrong, 'T06', 'personnelTotal'), rowRef(wrong, 'T06', '303', 'amount')],
          expected: '96.00',
          message: '人员经费合计',
        },
      ],
    },
    {
      name: '公用经费合计 ≠ 302 + 310',
      model: wrongPublic,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrongPublic, 'T06', 'publicTotal'), rowRef(wrongPublic, 'T06', '310', 'amount')],
          expected: '30.00',
        },
      ],
    },
  ],
});
