import { runChecks } from '../checks/run';
import type { Finding } from '../checks/types';
import { checkWithStore } from '../checks/with-store';
import { analyseGrid } from '../engine';
import type { Grid } from '../grid/grid';
import type { Disclosure } from '../model/types';
import { PROFILES } from '../profiles/profiles';
import { accumulatedRounding, sumsByCell, unitsBehind } from './behind';
import type { UnitInput } from './sum';
import type { Consolidation } from './types';

/**
 * The steps of 汇总 / 核对 around the sum, shared by `juesuan consolidate` and the web page: each unit read and
 * checked first (a unit with errors is named), the consolidated workbook checked once read back, and a submitted
 * department refused when it is of another year or template than its units.
 */

export interface UnitRead extends UnitInput {
  readonly file: string;
  readonly errors: number;
  readonly firstErrors: readonly string[];
}

/** A unit's workbook analysed and checked with its own waivers and thresholds; named by its title or its file. */
export function readUnitGrid(grid: Grid, file: string): UnitRead {
  const { disclosure } = analyseGrid(grid);
  const errors = checkWithStore(grid, disclosure).findings.filter((f) => f.severity === 'error');
  return {
    name: disclosure.unitName ?? file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, ''),
    file,
    disclosure,
    errors: errors.length,
    firstErrors: errors.slice(0, 3).map((f) => f.message),
  };
}

export interface ConsolidatedCheck {
  readonly errors: readonly Finding[];
  /** 舍位差异 that accumulate over the units, with the units behind each. */
  readonly rounding: readonly { readonly finding: Finding; readonly units: readonly string[] }[];
}

/** The consolidated workbook, read back as a user opens it, checked like a unit. */
export function checkConsolidated(back: Disclosure, sum: Consolidation): ConsolidatedCheck {
  const byCell = sumsByCell(back, sum);
  const findings = runChecks(back).findings.map((f) => accumulatedRounding(f, byCell));
  return {
    errors: findings.filter((f) => f.severity === 'error'),
    rounding: findings
      .filter((f) => f.severity === 'rounding')
      .map((finding) => ({
        finding,
        units: unitsBehind(
          finding.cells.map((c) => c.cell),
          byCell,
          sum,
        ),
      })),
  };
}

/** Why a submitted department cannot be verified against these units (another year or template), or undefined. */
export function departmentMismatch(dept: Disclosure, deptFile: string, sum: Consolidation): string | undefined {
  if (dept.year !== undefined && sum.year !== undefined && dept.year !== sum.year)
    return `部门工作簿 ${deptFile} 是 ${dept.year} 年度，各单位是 ${sum.year} 年度，不能核对`;
  if (dept.profile !== sum.profile)
    return `部门工作簿 ${deptFile} 是${PROFILES[dept.profile].name}，各单位是${PROFILES[sum.profile].name}，不能核对`;
  return undefined;
}
