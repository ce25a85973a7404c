import { example, rowOf, totalOf } from '../example';
import { testRule } from '../tester';
import { rule } from './fund-row-balance';

const wrong = example((s) => (totalOf(s, 'T08').carryOut = '11.00'));

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    {
      name: 'a table that prints no 年初 column is not checked for the balance',
      model: example((s) => {
        s.tables.T08!.columns = s.tables.T08!.columns!.filter((c) => c !== 'carryIn');
        rowOf(s, 'T08', '2120801').carryOut = '99.00';
      }),
    },
  ],
  invalid: [
    {
      name: '合计行 年末 ≠ 年初 + 收入 − 支出',
      model: wrong,
      findings: [{ severity: 'error', expected: '10.00', actual: '11.00', message: '年末结转和结余' }],
    },
    {
      name: 'a 项 row',
      model: example((s) => (rowOf(s, 'T08', '2120801').expTotal = '24.00')),
      findings: [{ severity: 'error', expected: '11.00', actual: '10.00' }],
    },
  ],
});
