import { TABLE_DEFS } from '../../core/profiles/tables';
import type { TableId } from '../../core/model/types';
import type { UnitComparison } from '../../batch/reviewer/compare';
import type { UnitReview, UnitStatus } from '../../batch/types';

/** The rows of the batch page's summary table, with their sort and filter (pure: tested without a browser). */

export type RowStatus = UnitStatus | '未提交';

export interface SummaryRow {
  /** Key of the row: the file, or the missing unit's name. */
  readonly key: string;
  readonly unit: string;
  readonly file: string;
  readonly year?: number;
  readonly status: RowStatus;
  readonly error?: number;
  readonly warning?: number;
  readonly rounding?: number;
  /** Titles of the tables not found. */
  readonly missingTables: readonly string[];
  /** The narrative's line: its name and numbers confirmed, or why it could not be read. */
  readonly narrative: string;
  readonly comparison?: UnitComparison;
  readonly review?: UnitReview;
}

export type SortKey = 'unit' | 'file' | 'year' | 'status' | 'error' | 'warning' | 'rounding' | 'missing';
export interface Sort {
  readonly key: SortKey;
  readonly descending: boolean;
}

/** Worst first when sorted by status ascending. */
const STATUS_ORDER: Record<RowStatus, number> = { 无法读取: 0, 未提交: 1, 需修改: 2, 可提交: 3 };

function narrativeLine(r: UnitReview): string {
  if (!r.narrative) return '';
  if (r.narrative.error) return `${r.narrative.file}：无法读取`;
  return `${r.narrative.file}（核对 ${r.narrative.verified}/${r.narrative.claims}）`;
}

export function summaryRows(
  reviews: readonly UnitReview[],
  missing: readonly string[] = [],
  comparisons?: readonly UnitComparison[],
): SummaryRow[] {
  const rows = reviews.map((r): SummaryRow => {
    const comparison = comparisons?.find((c) => c.file === r.file);
    return {
      key: r.file,
      unit: r.unitName ?? '',
      file: r.file,
      ...(r.year ? { year: r.year } : {}),
      status: r.status,
      ...(r.readError ? {} : { error: r.counts.error, warning: r.counts.warning, rounding: r.counts.rounding }),
      missingTables: r.tablesMissing.map((id) => TABLE_DEFS[id as TableId]?.title ?? id),
      narrative: narrativeLine(r),
      ...(comparison ? { comparison } : {}),
      review: r,
    };
  });
  const absent = missing.map((unit): SummaryRow => ({
    key: `未提交:${unit}`,
    unit,
    file: '',
    status: '未提交',
    missingTables: [],
    narrative: '',
  }));
  return [...rows, ...absent];
}

function value(r: SummaryRow, key: SortKey): string | number {
  switch (key) {
    case 'unit':
      return r.unit;
    case 'file':
      return r.file;
    case 'year':
      return r.year ?? -1;
    case 'status':
      return STATUS_ORDER[r.status];
    case 'missing':
      return r.missingTables.length;
    default:
      return r[key] ?? -1;
  }
}

export function sortRows(rows: readonly SummaryRow[], sort: Sort): SummaryRow[] {
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = value(a.r, sort.key);
      const y = value(b.r, sort.key);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return c * sign || a.i - b.i;
    })
    .map((x) => x.r);
}

export interface Filter {
  readonly status: RowStatus | '全部';
  /** Text found in the unit's name or the file's. */
  readonly text: string;
}

export function filterRows(rows: readonly SummaryRow[], f: Filter): SummaryRow[] {
  const text = f.text.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (f.status === '全部' || r.status === f.status) &&
      (!text || r.unit.toLowerCase().includes(text) || r.file.toLowerCase().includes(text)),
  );
}
