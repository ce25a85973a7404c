import { example, itemRef, itemsOf, suppRef } from '../example';
import { testRule } from '../tester';
import { rule } from './plaus-three-public-yoy';

const up = example((s) => (s.supplementary!['prior.threePublic.reception'] = '1.00'));
const newItem = example((s) => {
  s.supplementary!['prior.threePublic.abroad'] = '0.00';
  itemsOf(s, 'T07')['actual.abroad'] = '1.00';
});

testRule(rule, {
  valid: [
    { name: 'consistent example (down or flat on last year)', model: example() },
    { name: 'prior not filled in', model: example((s) => (s.supplementary!['prior.threePublic.total'] = null)) },
  ],
  invalid: [
    {
      name: '公务接待费 up on last year',
      model: up,
      findings: [
        {
          severity: 'warning',
          cells: [itemRef(up, 'T07', 'actual.reception'), suppRef(up, 'prior.threePublic.reception')],
          difference: '1.00',
          message: '增长 100.00%',
        },
      ],
    },
    { name: 'none last year', model: newItem, findings: [{ severity: 'warning', message: '上年无此项支出' }] },
  ],
});
