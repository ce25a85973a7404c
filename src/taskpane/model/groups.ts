import { SEVERITIES, type Finding, type Severity } from '../../core/checks/types';
import type { CellRef } from '../../core/grid/grid';
import type { WorkbookMapping } from '../../core/mapping/types';
import type { Problem } from '../../core/model/types';
import { TABLE_IDS, type TableId } from '../../core/model/types';

/** Where a finding belongs in the 校验 view: a table, 补充信息, or 其他. */
export type TableKey = TableId | 'supp' | 'other';

/** The 校验 view's sections, in triage order: what blocks submission first, accepted warnings last. */
export type SectionKind = Severity | 'accepted';
export const SECTION_ORDER: readonly SectionKind[] = [...SEVERITIES, 'accepted'];

export type GroupBy = 'table' | 'rule';

export interface TriageGroup {
  /** A TableKey when grouped by table, a rule id when grouped by rule. */
  readonly key: string;
  readonly findings: readonly Finding[];
}

export interface TriageSection {
  readonly kind: SectionKind;
  readonly groups: readonly TriageGroup[];
  readonly count: number;
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
 * The mapping or model problem a cell-less finding was made from (runChecks lists problems as findings under their
 * code and message), which names the table it concerns (缺表, 缺少栏目).
 */
export function problemOf(f: Finding, problems: readonly Problem[]): Problem | undefined {
  return problems.find((p) => p.code === f.rule && p.message === f.message);
}

/**
 * A finding belongs to the table of its first cell that lies in a mapped table (a 表间 finding is listed under the
 * table whose total it checks, which comes first); a cell-less problem to the table it names; else to 补充信息
 * when its cells are there; else 其他.
 */
export function tableKeyOf(
  f: Finding,
  mapping: WorkbookMapping,
  suppSheet: string | undefined,
  problems: readonly Problem[],
): TableKey {
  for (const c of f.cells) {
    const key = tableOfCell(mapping, c.cell);
    if (key) return key;
  }
  if (f.cells.length === 0) {
    const table = problemOf(f, problems)?.table;
    if (table) return table;
  }
  const supp = f.cells.some((c) => c.cell.sheet === suppSheet) || f.rule.startsWith('supp.');
  return supp ? 'supp' : 'other';
}

/** The section a finding is triaged into: its severity, or 已说明 when a written reason accepts it. */
export function sectionOf(f: Finding): SectionKind {
  return f.waiver ? 'accepted' : f.severity;
}

const TABLE_ORDER: readonly string[] = [...TABLE_IDS, 'supp', 'other'];

/**
 * Findings split into sections in triage order (错误, 警告, 舍位差异, 提示, 已说明), each split into groups by table
 * (T01…T09, 补充信息, 其他) or by rule (in the catalogue order the findings arrive in). `only` keeps one section.
 */
export function triage(
  findings: readonly Finding[],
  keyOfTable: (f: Finding) => TableKey,
  groupBy: GroupBy,
  only?: SectionKind,
): TriageSection[] {
  const sections: TriageSection[] = [];
  for (const kind of SECTION_ORDER) {
    if (only && kind !== only) continue;
    const list = findings.filter((f) => sectionOf(f) === kind);
    if (list.length === 0) continue;
    const byKey = new Map<string, Finding[]>();
    for (const f of list) {
      const key = groupBy === 'table' ? keyOfTable(f) : f.rule;
      byKey.set(key, [...(byKey.get(key) ?? []), f]);
    }
    const keys = [...byKey.keys()];
    if (groupBy === 'table') keys.sort((a, b) => TABLE_ORDER.indexOf(a) - TABLE_ORDER.indexOf(b));
    sections.push({ kind, count: list.length, groups: keys.map((key) => ({ key, findings: byKey.get(key)! })) });
  }
  return sections;
}
