import { Dec } from '../../decimal/dec';
import { example, rowOf, rowRef } from '../example';
import { testRule } from '../tester';
import { rule } from './plaus-other-share';

// 2010399 其他… is 20.00 of 20103's 120.00 in T05 (16.67%) and of 140.00 in T03 (14.29%).
const big = example((s) => {
  for (const code of ['201', '20103']) Object.assign(rowOf(s, 'T05', code), { total: '90.00', basic: '70.00' });
  Object.assign(rowOf(s, 'T05', '2010301'), { total: '70.00', basic: '70.00' });
});
const t06 = example((s) => {
  s.tables.T06!.rows!.push(['30299', '其他商品和服务支出', { amount: '9.00' }]);
});

testRule(rule, {
  valid: [
    { name: 'consistent example', model: example() },
    { name: 'threshold option', model: big, options: { otherSharePercent: Dec.from(25) } },
    {
      name: 'a 其他 项 under a 其他 款 is not reported again',
      model: example((s) => {
        s.tables.T06!.rows!.push(
          ['31099', '其他资本性支出', { amount: '1.00' }],
          ['3109999', '其他', { amount: '1.00' }],
        );
      }),
      options: { otherSharePercent: Dec.from(50) },
    },
  ],
  invalid: [
    {
      name: '其他 项 above 20% of its 款 in T05',
      model: big,
      findings: [
        {
          severity: 'warning',
          cells: [rowRef(big, 'T05', '2010399', 'total'), rowRef(big, 'T05', '20103', 'total')],
          message: '22.22%',
        },
      ],
    },
    {
      name: 'a lower threshold: the same 其他 spending in T05 and T03 is reported once',
      model: example(),
      options: { otherSharePercent: Dec.from(10) },
      findings: [{ severity: 'warning', message: '一般公共预算财政拨款支出决算表 2010399' }],
    },
    {
      name: 'a lower threshold: a different amount in T03 is reported too',
      model: example((s) => {
        Object.assign(rowOf(s, 'T03', '2010399'), { total: '21.00', project: '21.00' });
        for (const code of ['20103', '201'])
          Object.assign(rowOf(s, 'T03', code), { total: '141.00', project: '21.00' });
      }),
      options: { otherSharePercent: Dec.from(10) },
      findings: [{ severity: 'warning' }, { severity: 'warning', message: '支出决算表 2010399' }],
    },
    {
      name: '30299 in T06',
      model: t06,
      findings: [
        { severity: 'warning', cells: [rowRef(t06, 'T06', '30299', 'amount'), rowRef(t06, 'T06', '302', 'amount')] },
      ],
    },
  ],
});
