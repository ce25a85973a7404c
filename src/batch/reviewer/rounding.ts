import type { BatchFinding } from '../types';

/**
 * 舍位差异 grouped per table: a workbook rounded to 万元 can show dozens of 0.01 differences, none to correct. The
 * reviewer sees one line per table with a count, and opens it only when curious.
 */

export interface RoundingGroup {
  readonly kind: 'rounding-group';
  /** The sheet the differences are on ("公开05表"), or 其他 when a finding names no cell. */
  readonly table: string;
  readonly findings: readonly BatchFinding[];
}

export type FindingLine = { readonly kind: 'finding'; readonly finding: BatchFinding } | RoundingGroup;

/** The sheet of a finding's first cell ("公开05表!C7、…" → 公开05表). */
export function findingTable(f: BatchFinding): string {
  const first = f.cell.split('、')[0];
  const i = first.lastIndexOf('!');
  return i > 0 ? first.slice(0, i).replace(/^'|'$/g, '') : '其他';
}

/**
 * The findings in their order with every rounding finding moved into its table's group; a group stands where the
 * table's first rounding finding stood.
 */
export function groupRounding(findings: readonly BatchFinding[]): FindingLine[] {
  const lines: FindingLine[] = [];
  const groups = new Map<string, BatchFinding[]>();
  for (const f of findings) {
    if (f.severity !== 'rounding' || f.accepted) {
      lines.push({ kind: 'finding', finding: f });
      continue;
    }
    const table = findingTable(f);
    let group = groups.get(table);
    if (!group) {
      group = [];
      groups.set(table, group);
      lines.push({ kind: 'rounding-group', table, findings: group });
    }
    group.push(f);
  }
  return lines;
}

/** "公开05表 舍位差异 12 处（无需更正）". */
export function roundingGroupTitle(g: RoundingGroup): string {
  return `${g.table} 舍位差异 ${g.findings.length} 处（无需更正）`;
}
