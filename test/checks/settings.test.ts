import { readFileSync } from 'fs';
import { join } from 'path';
import {
  checkSettingsFromRecords,
  checkSettingsPlan,
  parsePercentSetting,
  settingInForce,
} from '../../src/core/checks/settings';
import { waiverPlan, withdrawWaiverPlan } from '../../src/core/checks/waivers';
import { checkWithStore } from '../../src/core/checks/with-store';
import { Dec } from '../../src/core/decimal/dec';
import { analyseGrid } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid/grid';
import { readStore, storePlan, STORE_SHEET } from '../../src/core/store/store';
import { readGridFromBuffer } from '../../src/io/xlsx';
import { applyPlanToGrid } from '../core/supplementary/apply-plan';

async function sample(name: string): Promise<Grid> {
  return (await readGridFromBuffer(readFileSync(join(__dirname, '../../samples', name)), name)).grid;
}

describe('parsePercentSetting', () => {
  test.each([
    ['20', '20'],
    [' 12.50 ', '12.5'],
    ['30%', '30'],
    ['１５％', '15'],
    ['0', '0'],
    ['1000', '1000'],
  ])('%j → %s', (text, want) => expect(parsePercentSetting(text)?.toFixed()).toBe(want));

  test.each(['', '二十', '-5', '1000.01', '20 %%', '1e3', 'abc'])('%j is refused', (text) =>
    expect(parsePercentSetting(text)).toBeUndefined(),
  );
});

describe('stored 校验参数', () => {
  test('a plan stores only what differs from the default, and reads back', () => {
    const grid: Grid = { sheets: [] };
    const plan = checkSettingsPlan(grid, { budgetVariancePercent: Dec.from(30), otherSharePercent: Dec.from(20) });
    const g = applyPlanToGrid(grid, plan);
    const { records } = readStore(g);
    expect(records).toEqual([{ kind: 'setting', key: 'budgetVariancePercent', value: '30' }]);
    const { settings, problems } = checkSettingsFromRecords(records);
    expect(problems).toEqual([]);
    expect(settings.budgetVariancePercent?.toFixed()).toBe('30');
    expect(settings.otherSharePercent).toBeUndefined();
    expect(settingInForce(settings, 'otherSharePercent').toFixed()).toBe('20');
    // back to the default: the record goes
    const g2 = applyPlanToGrid(g, checkSettingsPlan(g, {}));
    expect(readStore(g2).records).toEqual([]);
  });

  test('a record that cannot be read is a warning naming the store sheet, and the default applies', () => {
    const records = [
      { kind: 'setting' as const, key: 'budgetVariancePercent', value: 'abc' },
      { kind: 'setting' as const, key: 'somethingElse', value: '5' },
      { kind: 'setting' as const, key: 'otherSharePercent', value: '35' },
    ];
    const { settings, problems } = checkSettingsFromRecords(records);
    expect(settings).toEqual({ otherSharePercent: Dec.from(35) });
    expect(problems.map((p) => p.message)).toEqual([
      `${STORE_SHEET} 工作表中的校验参数“budgetVariancePercent”无法识别（"abc"），已按默认值校验`,
      `${STORE_SHEET} 工作表中的校验参数“somethingElse”无法识别（"5"），已按默认值校验`,
    ]);
  });
});

describe('checkWithStore on the sample workbooks', () => {
  test('a stored threshold changes the findings; a given one (CLI flag) wins over the stored one', async () => {
    const grid = await sample('heshan-zfb-2021.xlsx');
    const d = analyseGrid(grid).disclosure;
    const count = (r: ReturnType<typeof checkWithStore>) =>
      r.findings.filter((f) => f.rule === 'plaus-budget-variance').length;
    const plain = checkWithStore(grid, d);
    expect(plain.settings).toEqual({});
    const stored = applyPlanToGrid(grid, checkSettingsPlan(grid, { budgetVariancePercent: Dec.from(1000) }));
    const loose = checkWithStore(stored, d);
    expect(loose.settings.budgetVariancePercent?.toFixed()).toBe('1000');
    expect(count(loose)).toBeLessThan(count(plain));
    const flagged = checkWithStore(stored, d, { budgetVariancePercent: Dec.from(20) });
    expect(flagged.settings.budgetVariancePercent?.toFixed()).toBe('20');
    expect(count(flagged)).toBe(count(plain));
  });

  test('an unreadable stored setting is listed with the findings', async () => {
    const grid = await sample('heshan-jdfw-2021.xlsx');
    const bad = applyPlanToGrid(
      grid,
      storePlan(grid, [...readStore(grid).records, { kind: 'setting', key: 'otherSharePercent', value: '-3' }]),
    );
    const r = checkWithStore(bad, analyseGrid(bad).disclosure);
    expect(r.findings.find((f) => f.rule === 'store.bad-setting')?.severity).toBe('warning');
  });

  test('a waiver whose finding no longer occurs is stale; withdrawing it leaves none', async () => {
    const grid = await sample('heshan-zfb-2021.xlsx');
    const d = analyseGrid(grid).disclosure;
    const warning = checkWithStore(grid, d).findings.find((f) => f.severity === 'warning')!;
    const waived = applyPlanToGrid(grid, waiverPlan(grid, warning, '已核实', '2026-11-23T00:00:00Z'));
    expect(checkWithStore(waived, d).staleWaivers).toEqual([]);
    // the same waiver on a workbook where that finding is gone (a model whose warning was fixed)
    const fixed = { ...d, tables: { ...d.tables, T05: undefined } };
    const stale = checkWithStore(waived, fixed).staleWaivers;
    expect(stale).toEqual([warning.fingerprint]);
    const cleaned = applyPlanToGrid(waived, withdrawWaiverPlan(waived, ...stale));
    expect(checkWithStore(cleaned, fixed).staleWaivers).toEqual([]);
    expect(readStore(cleaned).records.filter((r) => r.kind === 'waiver')).toEqual([]);
  });
});
