import { join } from 'path';
import { mutationOutcomes, unnoticedCells, type MutationOutcome } from '../../src/core/checks/mutation';
import { runChecks } from '../../src/core/checks/run';
import type { CheckResult } from '../../src/core/checks/types';
import { analyseGrid } from '../../src/core/engine';
import type { Disclosure } from '../../src/core/model/types';
import { readGridFromFile } from '../../src/io/xlsx';

const SAMPLES = join(__dirname, '..', '..', 'samples');

/** Inputs no relation holds (listed in docs/rules.md): last year's figures, counts-only lines, one-sided bounds. */
const PRIOR = [
  'prior.income.total',
  'prior.expense.total',
  'prior.fiscal.income',
  'prior.fiscal.expense',
  'prior.general.expense',
];
const FREE: Record<string, string[]> = {
  'heshan-zfb-2021.xlsx': [
    ...PRIOR,
    'prior.threePublic.total',
    'prior.threePublic.abroad',
    'prior.threePublic.vehicle',
    'prior.threePublic.vehiclePurchase',
    'prior.threePublic.vehicleOperation',
    'prior.threePublic.reception',
    'prior.operatingCost',
    'meeting.amount',
    'performance.amount',
  ],
  'heshan-jdfw-2021.xlsx': [
    ...PRIOR,
    'prior.threePublic.reception',
    'prior.operatingCost',
    'budget.operatingCost',
    'meeting.amount',
    'training.amount',
    'procurement.sme',
  ],
};

/** 舍位差异 each sample must show, and nothing else: rule and the cells it names. */
const ROUNDING: Record<string, { rule: string; expected: string; actual: string }[]> = {
  'heshan-zfb-2021.xlsx': [],
  'heshan-jdfw-2021.xlsx': [
    // Seed 004 六: 人员经费 60.53 + 公用经费 129.16 = 189.69 vs 基本支出 189.68 (kept as published).
    { rule: 't05-t06-basic', expected: '189.69', actual: '189.68' },
    // Seed 004 五（三）: 年初预算 per 项 add up to 121.55, the stated total is 121.56 (补充信息 keeps both).
    { rule: 'supp-budget-subjects', expected: '121.55', actual: '121.56' },
  ],
};

const models = new Map<string, Disclosure>();
const results = new Map<string, CheckResult>();

beforeAll(async () => {
  for (const name of Object.keys(FREE)) {
    const { disclosure } = analyseGrid(await readGridFromFile(join(SAMPLES, name)));
    models.set(name, disclosure);
    results.set(name, runChecks(disclosure));
  }
});

describe.each(Object.keys(FREE))('%s', (name) => {
  test('checks with 0 errors', () => {
    const r = results.get(name)!;
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    expect(r.summary.error).toBe(0);
  });

  test('has exactly its known 舍位差异', () => {
    const got = results
      .get(name)!
      .findings.filter((f) => f.severity === 'rounding')
      .map((f) => ({ rule: f.rule, expected: f.expected!.toFixed(2), actual: f.actual!.toFixed(2) }));
    expect(got).toEqual(ROUNDING[name]);
  });

  describe('mutation: each figure +0.01, +1, ×10 in turn', () => {
    let outcomes: MutationOutcome[];
    beforeAll(() => {
      outcomes = mutationOutcomes(models.get(name)!);
    });

    test('a table figure changed by 1 or ×10 is an error naming its cell; by 0.01 at least 舍位差异', () => {
      const table = outcomes.filter((o) => !o.where.startsWith('补充信息') && o.noticed !== 'unchanged');
      expect(table.length).toBeGreaterThan(300);
      expect(
        table.filter((o) => o.mutation !== '+0.01' && o.noticed !== 'error').map((o) => `${o.where} ${o.mutation}`),
      ).toEqual([]);
      expect(table.filter((o) => o.noticed === undefined).map((o) => `${o.where} ${o.mutation}`)).toEqual([]);
    });

    test('only the free-standing inputs go unnoticed', () => {
      const free = unnoticedCells(outcomes).map((c) => c.where.replace(/^补充信息 /, ''));
      expect(free.sort()).toEqual([...FREE[name]].sort());
    });
  });
});
