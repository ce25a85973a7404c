import { example, rowOf, rowRef, totalOf } from '../example';
import { testRule } from '../tester';
import { rule } from './fund-row-expense';

const wrong = example((s) => (rowOf(s, 'T08', '2120801').expBasic = '1.00'));
const soe = example((s) => {
  s.tables.T09!.rows = [
    [
      '223',
      '国有资本经营预算支出',
      { carryIn: null, income: '5.00', expTotal: '5.00', expBasic: null, expProject: '4.00', carryOut: null },
    ],
  ];
  Object.assign(totalOf(s, 'T09'), { income: '5.00', expTotal: '5.00', expProject: '4.00' });
});

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: 'T08 row: 本年支出合计 ≠ 基本 + 项目',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(wrong, 'T08', '2120801', 'expTotal'), rowRef(wrong, 'T08', '2120801', 'expBasic')],
          expected: '26.00',
        },
      ],
    },
    {
      name: 'T09 合计行 and row',
      model: soe,
      findings: [
        { severity: 'error', message: '国有资本经营预算财政拨款支出决算表 合计行', expected: '4.00' },
        { severity: 'error', cells: [rowRef(soe, 'T09', '223', 'expTotal')], expected: '4.00' },
      ],
    },
  ],
});
