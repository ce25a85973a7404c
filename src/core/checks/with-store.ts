import type { Grid } from '../grid/grid';
import type { Disclosure } from '../model/types';
import { readStore } from '../store/store';
import { runChecks } from './run';
import { checkSettingsFromRecords, CHECK_SETTING_KEYS, type CheckSettings } from './settings';
import type { CheckResult } from './types';
import { staleWaivers, waiversFromRecords } from './waivers';

export interface StoredCheckResult extends CheckResult {
  /** The thresholds set for this run (stored in the workbook, or given as overrides); a key left out is at its default. */
  readonly settings: CheckSettings;
  /** Fingerprints of stored waivers whose finding no longer occurs (its figures were changed since). */
  readonly staleWaivers: readonly string[];
}

/**
 * The checks as the workbook asks for them: its stored waivers (出错说明) and 校验参数, with `overrides` (e.g. CLI
 * flags) taking precedence for this run only. The one entry point of the pane, `check`, `batch` and `demo`.
 */
export function checkWithStore(grid: Grid, disclosure: Disclosure, overrides: CheckSettings = {}): StoredCheckResult {
  const { records } = readStore(grid);
  const stored = checkSettingsFromRecords(records);
  const settings: { -readonly [K in keyof CheckSettings]: CheckSettings[K] } = { ...stored.settings };
  for (const key of CHECK_SETTING_KEYS) if (overrides[key] !== undefined) settings[key] = overrides[key];
  const withProblems = stored.problems.length
    ? { ...disclosure, problems: [...disclosure.problems, ...stored.problems] }
    : disclosure;
  const waivers = waiversFromRecords(records);
  const result = runChecks(withProblems, { ...settings, waivers });
  return { ...result, settings, staleWaivers: staleWaivers(result.findings, waivers) };
}
