import { example, rowRef, totalOf, totalRef } from '../example';
import { testRule } from '../tester';
import { rule } from './subject-total-row';

const wrong = example((s) => (totalOf(s, 'T03')['project'] = '46.00'));
const rounded = example((s) => (totalOf(s, 'T02')['other'] = '5.01'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: 'T03 合计行 项目支出 ≠ Σ 类',
      model: wrong,
      findings: [
        {
          severity: 'error',
          cells: [totalRef(wrong, 'T03', 'project'), rowRef(wrong, 'T03', '212', 'project')],
          expected: '45.00',
          actual: '46.00',
          message: '支出决算表 合计行',
        },
      ],
    },
    {
      name: 'T02 合计行 off by 0.01 is 舍位差异',
      model: rounded,
      findings: [{ severity: 'rounding', difference: '0.01' }],
    },
  ],
});
