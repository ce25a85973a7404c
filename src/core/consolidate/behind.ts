import { Dec } from '../decimal/dec';
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

/**
 * A relation of the consolidated tables that fails by no more than the units' own rounding added up: each unit's
 * shown figures stand for intervals, so the department's sums carry the sum of the units' half-widths on every
 * cell. Such a failure is a 舍位差异 accumulated from the units (domain.md, Numbers), not an error; it is
 * re-labelled with the tolerance used. Any other finding is returned unchanged.
 */
export function accumulatedRounding<
  F extends {
    severity: string;
    message: string;
    difference?: Dec;
    tolerance?: Dec;
    cells: readonly { cell: CellRef }[];
  },
>(f: F, byCell: Map<string, SumFigure>): F {
  if (f.severity !== 'error' || f.difference === undefined) return f;
  let tolerance = Dec.ZERO;
  for (const c of f.cells) {
    const s = byCell.get(refToString(c.cell));
    if (!s) return f; // a cell not summed from the units: nothing accumulated to explain it
    tolerance = tolerance.add(s.half);
  }
  if (f.difference.abs().gt(tolerance)) return f;
  const message = `${f.message}；但在各单位舍位累计容差 ±${tolerance.normalize().toFixed()} 以内，属汇总累计的舍位差异`;
  return { ...f, severity: 'rounding', tolerance, message };
}
