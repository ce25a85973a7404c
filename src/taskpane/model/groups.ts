import { SEVERITIES, type Finding, type Severity } from '../../core/checks/types';
import type { CellRef } from '../../core/grid/grid';
import type { WorkbookMapping } from '../../core/mapping/types';
import { TABLE_IDS, type TableId } from '../../core/model/types';

/** Findings of one table (or 补充信息, or none) split by severity, for the 校验 view. */
export interface FindingGroup {
  /** 'T01'…'T09', 'supp' or 'other'. */
  readonly key: TableId | 'supp' | 'other';
  readonly findings: readonly Finding[];
  readonly bySeverity: readonly { readonly severity: Severity; readonly findings: readonly Finding[] }[];
}

/** The table whose mapped range holds a cell (T08 and T09 may share a sheet: the range decides). */
export function tableOfCell(mapping: WorkbookMapping, cell: CellRef): TableId | undefined {
  const t = mapping.tables.find(
    (m) =>
      m.sheet === cell.sheet &&
      cell.row >= m.box.top &&
      cell.row <= m.box.bottom &&
      cell.col >= m.box.left &&
      cell.col <= m.box.right,
  );
  return t?.id ?? mapping.tables.find((m) => m.rows.some((r) => r.sheet === cell.sheet && r.row === cell.row))?.id;
}

/**
 * A finding belongs to the table of its first cell that lies in a mapped table (a 表间 finding is listed under
 * the table whose total it checks, which comes first); else to 补充信息 when its cells are there; else 其他.
 */
export function groupFindings(
  findings: readonly Finding[],
  mapping: WorkbookMapping,
  suppSheet: string | undefined,
): FindingGroup[] {
  const byKey = new Map<FindingGroup['key'], Finding[]>();
  for (const f of findings) {
    let key: FindingGroup['key'] | undefined;
    for (const c of f.cells) {
      key = tableOfCell(mapping, c.cell);
      if (key) break;
    }
    if (!key) key = f.cells.some((c) => c.cell.sheet === suppSheet) ? 'supp' : 'other';
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  const order: FindingGroup['key'][] = [...TABLE_IDS, 'supp', 'other'];
  return order
    .filter((k) => byKey.has(k))
    .map((key) => {
      const list = byKey.get(key)!;
      return {
        key,
        findings: list,
        bySeverity: SEVERITIES.map((severity) => ({
          severity,
          findings: list.filter((f) => f.severity === severity),
        })).filter((g) => g.findings.length > 0),
      };
    });
}
