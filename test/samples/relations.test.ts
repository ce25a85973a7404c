import { Dec } from '../../src/core/decimal/dec';
import { compareSum, shown } from '../../src/core/decimal/interval';
import { JDFW_2021 } from '../../scripts/samples/heshan-jdfw-2021.data';
import { ZFB_2021 } from '../../scripts/samples/heshan-zfb-2021.data';
import {
  FUND_COLS,
  T02_COLS,
  T03_COLS,
  T05_COLS,
  T04_COLS,
  amt,
  economicTree,
  subjectTree,
  type SampleData,
} from '../../scripts/samples/types';

/** domain.md "Relations that must hold", computed exactly (Dec) on each sample's data. */

const d = (s: string) => Dec.from(s);
const sum = (xs: Dec[]) => Dec.sum(xs);
const eq = (a: Dec, b: Dec) => expect(a.toFixed(2)).toBe(b.toFixed(2));

describe.each([
  ['sample 1 (seed 000)', ZFB_2021],
  ['sample 2 (seed 004)', JDFW_2021],
])('%s', (_name, data: SampleData) => {
  const t01 = (k: string) => amt(data.t01, k);
  const t04 = (k: string) => amt(data.t04, k);
  const t02 = subjectTree(data.t02, data.names, T02_COLS);
  const t03 = subjectTree(data.t03, data.names, T03_COLS);
  const t05 = subjectTree(data.t05, data.names, T05_COLS);

  test('T01: 合计 and 总计 inside the table, 收入总计 = 支出总计', () => {
    const parts = [
      'fiscalGeneral',
      'fiscalFund',
      'fiscalSoe',
      'superior',
      'business',
      'operating',
      'affiliated',
      'other',
    ];
    eq(t01('income.total'), sum(parts.map((p) => t01(`income.${p}`))));
    eq(t01('income.grand'), t01('income.total').add(t01('income.useNonFiscalBalance')).add(t01('income.carryIn')));
    eq(t01('expense.grand'), t01('expense.total').add(t01('expense.surplusDistribution')).add(t01('expense.carryOut')));
    eq(t01('income.grand'), t01('expense.grand'));
    eq(t01('expense.total'), sum(Object.values(data.t01Classes).map(d)));
  });

  test('T02/T03/T05: each row = Σ its columns; 类 = Σ 款 = Σ 项', () => {
    for (const l of data.t02) eq(amt(l.v, 'total'), sum(T02_COLS.slice(1).map((c) => amt(l.v, c))));
    for (const l of data.t03) eq(amt(l.v, 'total'), sum(T03_COLS.slice(1).map((c) => amt(l.v, c))));
    for (const l of data.t05) eq(amt(l.v, 'total'), amt(l.v, 'basic').add(amt(l.v, 'project')));
    for (const tree of [t02, t03, t05]) {
      for (const r of tree.rows.filter((x) => x.level < 3)) {
        const children = tree.rows.filter((x) => x.level === r.level + 1 && x.code.startsWith(r.code));
        eq(r.v.total, sum(children.map((c) => c.v.total)));
      }
      eq(tree.total.total, sum(tree.rows.filter((x) => x.level === 1).map((x) => x.v.total)));
    }
  });

  test('T04: 收入 and 年初 by fund, 支出 columns, 总计 both sides', () => {
    eq(t04('income.total'), t04('income.general').add(t04('income.fund')).add(t04('income.soe')));
    eq(t04('carryIn.total'), t04('carryIn.general').add(t04('carryIn.fund')).add(t04('carryIn.soe')));
    eq(t04('income.grand'), t04('income.total').add(t04('carryIn.total')));
    for (const c of T04_COLS) {
      eq(t04(`expense.total.${c}`), sum(Object.values(data.t04Classes).map((v) => amt(v, c))));
      eq(t04(`expense.grand.${c}`), t04(`expense.total.${c}`).add(t04(`carryOut.${c}`)));
    }
    for (const key of ['expense.total', 'carryOut', 'expense.grand'])
      eq(t04(`${key}.total`), sum(['general', 'fund', 'soe'].map((c) => t04(`${key}.${c}`))));
    for (const v of Object.values(data.t04Classes))
      eq(amt(v, 'total'), sum(['general', 'fund', 'soe'].map((c) => amt(v, c))));
    eq(t04('income.grand'), t04('expense.grand.total'));
  });

  test('T06 and T07 inside the tables', () => {
    const tree = economicTree(data.t06, ['301', '303', '302', '310']);
    const cls = (c: string) => tree.find((r) => r.code === c)?.amount ?? Dec.ZERO;
    eq(d(data.t06Totals.personnelTotal), cls('301').add(cls('303')));
    eq(d(data.t06Totals.publicTotal), cls('302').add(cls('310')));
    for (const side of ['budget', 'actual']) {
      const t = (k: string) => amt(data.t07, `${side}.${k}`);
      eq(t('total'), t('abroad').add(t('vehicle')).add(t('reception')));
      eq(t('vehicle'), t('vehiclePurchase').add(t('vehicleOperation')));
    }
  });

  test('T08/T09: 合计 = 基本 + 项目, 年末 = 年初 + 收入 − 支出', () => {
    for (const lines of [data.t08, data.t09]) {
      const tree = subjectTree(lines, data.names, FUND_COLS);
      for (const r of [...tree.rows.map((x) => x.v), tree.total]) {
        eq(r.expTotal, r.expBasic.add(r.expProject));
        eq(r.carryOut, r.carryIn.add(r.income).sub(r.expTotal));
      }
    }
  });

  test('across tables', () => {
    eq(t01('income.total'), t02.total.total);
    eq(t01('expense.total'), t03.total.total);
    for (const r of t03.rows.filter((x) => x.level === 1)) eq(amt(data.t01Classes, r.code), r.v.total);
    expect(Object.keys(data.t01Classes).sort()).toEqual(t03.rows.filter((x) => x.level === 1).map((x) => x.code));
    eq(t01('income.fiscalGeneral'), t04('income.general'));
    eq(t02.total.fiscal, t04('income.total'));
    for (const r of t05.rows.filter((x) => x.level === 1)) eq(amt(data.t04Classes[r.code], 'general'), r.v.total);
    expect(Object.keys(data.t04Classes).sort()).toEqual(t05.rows.filter((x) => x.level === 1).map((x) => x.code));
    eq(t04('expense.total.general'), t05.total.total);
    // 04 基金 / 国资 = 08 / 09
    const t08 = subjectTree(data.t08, data.names, FUND_COLS).total;
    const t09 = subjectTree(data.t09, data.names, FUND_COLS).total;
    eq(t04('income.fund'), t08.income);
    eq(t04('expense.total.fund'), t08.expTotal);
    eq(t04('carryIn.fund'), t08.carryIn);
    eq(t04('carryOut.fund'), t08.carryOut);
    eq(t04('income.soe'), t09.income);
    eq(t04('expense.total.soe'), t09.expTotal);
    eq(t04('carryIn.soe'), t09.carryIn);
    eq(t04('carryOut.soe'), t09.carryOut);
    // T06 公务接待费 / 车运行 = T07 决算
    const econ = (code: string) => d(data.t06.find((l) => l.code === code)?.amount ?? '0');
    eq(econ('30217'), amt(data.t07, 'actual.reception'));
    eq(econ('30231'), amt(data.t07, 'actual.vehicleOperation'));
    eq(econ('30215'), d(String(data.supplementary['meeting.amount'])));
    eq(d(data.t06Totals.publicTotal), d(String(data.supplementary['operatingCost.amount'])));
  });
});

describe('the one documented exception and the seeds’ own statements', () => {
  test('sample 1: 05 基本支出 = 06 人员经费 + 公用经费 exactly', () => {
    const basic = subjectTree(ZFB_2021.t05, ZFB_2021.names, T05_COLS).total.basic;
    const c = compareSum(
      shown(basic, 2),
      [d('706.29'), d('599.34')].map((v) => shown(v, 2)),
    );
    expect(c.status).toBe('exact');
  });

  test('sample 2: 189.68 vs 60.53 + 129.16 is a 舍位 rounding difference, not an error', () => {
    const basic = subjectTree(JDFW_2021.t05, JDFW_2021.names, T05_COLS).total.basic;
    const parts = [JDFW_2021.t06Totals.personnelTotal, JDFW_2021.t06Totals.publicTotal].map((v) => shown(d(v), 2));
    const c = compareSum(shown(basic, 2), parts);
    expect(basic.toFixed(2)).toBe('189.68');
    expect(c.status).toBe('rounding');
    expect(c.difference.toFixed(2)).toBe('-0.01');
  });

  test('上年 figures agree with the differences the seeds state', () => {
    const z = (k: string) => d(String(ZFB_2021.supplementary[k]));
    eq(z('prior.income.total').sub(d(ZFB_2021.t01['income.total'])), d('45.74'));
    eq(d(ZFB_2021.t01['expense.total']).sub(z('prior.expense.total')), d('156.39'));
    eq(z('prior.fiscal.income').sub(d(ZFB_2021.t04['income.total'])), d('1.58'));
    eq(d(ZFB_2021.t04['expense.total.total']).sub(z('prior.fiscal.expense')), d('143.50'));
    eq(z('prior.threePublic.vehicleOperation').sub(d(ZFB_2021.t07['actual.vehicleOperation'])), d('1.76'));
    eq(d('599.34').sub(z('prior.operatingCost')), d('140.38'));
    eq(z('prior.threePublic.total'), sum(['abroad', 'vehicle', 'reception'].map((k) => z(`prior.threePublic.${k}`))));
    const j = (k: string) => d(String(JDFW_2021.supplementary[k]));
    eq(j('prior.income.total').sub(d(JDFW_2021.t01['income.total'])), d('96.85'));
    eq(j('prior.expense.total').sub(d(JDFW_2021.t01['expense.total'])), d('87.32'));
    eq(d('129.16').sub(j('budget.operatingCost')), d('47.07'));
  });

  test('年初预算 per 项: seed 000 sums to its total, seed 004 is 0.01 short (documented)', () => {
    const budgets = (data: SampleData) =>
      sum(data.t05.map((l) => d(String(data.supplementary[`budget.subject.${l.code}`] ?? '0'))));
    eq(budgets(ZFB_2021), d(String(ZFB_2021.supplementary['budget.general.expense'])));
    eq(d(String(JDFW_2021.supplementary['budget.general.expense'])).sub(budgets(JDFW_2021)), d('0.01'));
  });
});
