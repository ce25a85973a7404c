import { refToString, type CellRef } from '../grid/grid';
import type { Disclosure, Figure } from '../model/types';
import { TABLE_IDS } from '../model/types';
import type { Consolidation, SumFigure } from './types';

/**
 * Which units stand behind each cell of the consolidated workbook as read back: the written figure's cell →
 * its SumFigure (matched by table, item key, 合计 column, or 科目 code and column). Lets a 舍位差异 of the
 * consolidated tables name the units whose rounding it comes from.
 */
export function sumsByCell(out: Disclosure, sum: Consolidation): Map<string, SumFigure> {
  const map = new Map<string, SumFigure>();
  const put = (f: Figure | undefined, s: SumFigure | undefined) => {
    if (f && s) map.set(refToString(f.cell), s);
  };
  for (const id of TABLE_IDS) {
    const t = out.tables[id];
    const s = sum.tables[id];
    if (!t || !s) continue;
    for (const [k, f] of Object.entries(t.items)) put(f, s.items[k]);
    for (const [k, f] of Object.entries(t.totalRow ?? {})) put(f, s.totalRow?.[k]);
    const rows = new Map(s.rows.map((r) => [r.code, r]));
    for (const r of t.rows) for (const [k, f] of Object.entries(r.values)) put(f, rows.get(r.code)?.values[k]);
  }
  return map;
}

/** Names of the units contributing to any of the cells (in unit order). */
export function unitsBehind(cells: readonly CellRef[], byCell: Map<string, SumFigure>, sum: Consolidation): string[] {
  const idx = new Set<number>();
  for (const c of cells) for (const p of byCell.get(refToString(c))?.parts ?? []) idx.add(p.unit);
  return [...idx].sort((a, b) => a - b).map((i) => sum.units[i].name);
}
