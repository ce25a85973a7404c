import { example, rowOf, rowRef } from '../example';
import { testRule } from '../tester';
import { rule } from './subject-rollup';

const wrongItem = example((s) => (rowOf(s, 'T05', '2010301').basic = '99.00'));
const wrongFund = example((s) => (rowOf(s, 'T08', '21208').income = '31.00'));
const noKuan = example((s) => {
  s.tables.T05!.rows = s.tables.T05!.rows!.filter((r) => r[0] !== '20103');
  rowOf(s, 'T05', '2010399').total = '21.00';
  rowOf(s, 'T05', '2010399').project = '21.00';
});

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: 'a 项 changed: its 款 no longer the sum',
      model: wrongItem,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(wrongItem, 'T05', '20103', 'basic'), rowRef(wrongItem, 'T05', '2010301', 'basic')],
          expected: '99.00',
          actual: '100.00',
          message: '20103',
        },
      ],
    },
    {
      name: 'T08: a 款 changed breaks 类 = Σ 款 and 款 = Σ 项',
      model: wrongFund,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(wrongFund, 'T08', '212', 'income'), rowRef(wrongFund, 'T08', '21208', 'income')],
          expected: '31.00',
        },
        {
          severity: 'error',
          cells: [rowRef(wrongFund, 'T08', '21208', 'income'), rowRef(wrongFund, 'T08', '2120801', 'income')],
          expected: '30.00',
        },
      ],
    },
    {
      name: 'a 类 printed without 款 rows rolls up from its 项',
      model: noKuan,
      findings: [
        {
          severity: 'error',
          cells: [rowRef(noKuan, 'T05', '201', 'total'), rowRef(noKuan, 'T05', '2010399', 'total')],
          expected: '121.00',
        },
        { severity: 'error', cells: [rowRef(noKuan, 'T05', '201', 'project')], expected: '21.00' },
      ],
    },
  ],
});
