import { parseRangeA1, type Grid } from '../grid/grid';
import { TABLE_IDS, type TableId } from '../model/types';
import type { EditPlan } from '../plan/types';
import { upsertPlan } from '../store/store';
import type { MappingOverride } from './types';

/**
 * A user's mapping correction ("this table is on that sheet, in that range"), saved with the workbook in the
 * _juesuan sheet (kind 'mapping', key = table id) so Excel, the web page and the CLI all apply it on the next run.
 */
export function mappingOverridePlan(grid: Grid, override: MappingOverride): EditPlan {
  const problem = overrideProblem(grid, override);
  if (problem) throw new Error(problem);
  return upsertPlan(grid, [{ kind: 'mapping', key: override.table, value: override }]);
}

/** Plan that forgets the correction of one table (automatic mapping again). */
export function clearOverridePlan(grid: Grid, table: TableId): EditPlan {
  return upsertPlan(grid, [], [{ kind: 'mapping', key: table }]);
}

/** Why an override cannot be stored (Chinese, names the sheet), or undefined when it is usable. */
export function overrideProblem(grid: Grid, o: MappingOverride): string | undefined {
  if (!TABLE_IDS.includes(o.table)) return `未知的表：${o.table}（应为 T01–T09）`;
  if (!grid.sheets.some((s) => s.name === o.sheet)) return `工作表“${o.sheet}”不存在`;
  if (!parseRangeA1(o.range)) return `区域“${o.range}”不是有效的单元格区域（例如 A1:F40）`;
  return undefined;
}

/**
 * Parses a correction written as `T05=公开05表!A1:F40` (CLI `map --set`). Sheet names with spaces or '!' may be
 * quoted Excel-style: `T05='一般公共预算 支出'!A1:F40`.
 */
export function parseOverride(text: string): MappingOverride | string {
  const m = /^\s*(T0[1-9])\s*=\s*(?:'((?:[^']|'')+)'|([^!]+))!\s*([A-Za-z]+\d+(?::[A-Za-z]+\d+)?)\s*$/.exec(text);
  if (!m) return `无法识别“${text}”，应写成 表号=工作表!区域，例如 T05=公开05表!A1:F40`;
  const sheet = m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3].trim();
  return { table: m[1] as TableId, sheet, range: m[4].toUpperCase() };
}
