import { toHalfWidth } from '../decimal/amount';
import { Dec } from '../decimal/dec';
import type { Grid } from '../grid/grid';
import type { Problem } from '../model/types';
import type { EditPlan } from '../plan/types';
import { recordsOf, STORE_SHEET, upsertPlan, type StoreRecord } from '../store/store';
import { DEFAULT_OPTIONS } from './run';
import type { CheckOptions } from './types';

/**
 * 校验参数 kept with the workbook (store kind 'setting'): the thresholds of the two plausibility rules as a reviewer
 * set them, so that the pane, `juesuan check`, `batch` and `demo` give the same findings for the same file.
 * A setting equal to the default is not stored.
 */
export type CheckSettings = Pick<CheckOptions, 'budgetVariancePercent' | 'otherSharePercent'>;
export type CheckSettingKey = keyof CheckSettings;

export const CHECK_SETTING_KEYS: readonly CheckSettingKey[] = ['budgetVariancePercent', 'otherSharePercent'];

/** Words for each setting, as the pane and the CLI show them. */
export const CHECK_SETTING_LABELS: Readonly<Record<CheckSettingKey, string>> = {
  budgetVariancePercent: '决算数与年初预算数相差超过（%）时提示',
  otherSharePercent: '“其他”类科目占上级科目超过（%）时提示',
};

/** Largest threshold accepted (a share above 1000% would switch the rule off in practice). */
const MAX_PERCENT = Dec.from(1000);

/**
 * A threshold as typed: "20", "12.5", "20%", full-width digits. Undefined for anything else, a negative number or
 * one above 1000.
 */
export function parsePercentSetting(text: string): Dec | undefined {
  const d = Dec.parse(
    toHalfWidth(text)
      .trim()
      .replace(/[%％]$/, ''),
  );
  if (!d || d.sign() < 0 || d.gt(MAX_PERCENT)) return undefined;
  return d.normalize();
}

/** The thresholds stored in the workbook; a record that cannot be read is a problem naming the store sheet. */
export function checkSettingsFromRecords(records: readonly StoreRecord[]): {
  settings: CheckSettings;
  problems: Problem[];
} {
  const settings: { -readonly [K in CheckSettingKey]?: Dec } = {};
  const problems: Problem[] = [];
  for (const [key, value] of recordsOf<unknown>(records, 'setting')) {
    const k = CHECK_SETTING_KEYS.find((x) => x === key);
    const d = k && typeof value === 'string' ? parsePercentSetting(value) : undefined;
    if (!k || !d) {
      problems.push({
        severity: 'warning',
        code: 'store.bad-setting',
        message: `${STORE_SHEET} 工作表中的校验参数“${key}”无法识别（${JSON.stringify(value)}），已按默认值校验`,
        sheet: STORE_SHEET,
      });
      continue;
    }
    settings[k] = d;
  }
  return { settings, problems };
}

/** The threshold in force for a key: the stored one, else the default. */
export function settingInForce(settings: CheckSettings, key: CheckSettingKey): Dec {
  return settings[key] ?? DEFAULT_OPTIONS[key];
}

/**
 * Plan that stores the given thresholds, replacing earlier ones; a key set to its default (or left undefined) has
 * its record removed, so the workbook carries only what differs from the default.
 */
export function checkSettingsPlan(grid: Grid, settings: CheckSettings): EditPlan {
  const add: StoreRecord[] = [];
  const remove: Pick<StoreRecord, 'kind' | 'key'>[] = [];
  for (const key of CHECK_SETTING_KEYS) {
    const v = settings[key];
    if (v === undefined || v.eq(DEFAULT_OPTIONS[key])) remove.push({ kind: 'setting', key });
    else add.push({ kind: 'setting', key, value: v.toFixed() });
  }
  return upsertPlan(grid, add, remove);
}
