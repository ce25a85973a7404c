import { refToString } from '../grid/grid';
import {
  TABLE_IDS,
  type Disclosure,
  type Figure,
  type SubjectRow,
  type SuppEntry,
  type TableModel,
} from '../model/types';

/** Where a figure sits in the model, for reports ("T02 2010301 fiscal", "补充信息 procurement.total"). */
export interface FigureAt {
  readonly figure: Figure;
  readonly ref: string;
  readonly where: string;
}

/** Every amount figure of a disclosure (table items, 科目 rows, 合计 rows, 补充信息 amounts). */
export function allFigures(d: Disclosure): FigureAt[] {
  const out: FigureAt[] = [];
  const push = (figure: Figure | undefined, where: string) => {
    if (figure) out.push({ figure, ref: refToString(figure.cell), where });
  };
  for (const id of TABLE_IDS) {
    const t = d.tables[id];
    if (!t) continue;
    for (const [k, f] of Object.entries(t.items)) push(f, `${id} ${k}`);
    for (const [k, f] of Object.entries(t.totalRow ?? {})) push(f, `${id} 合计行 ${k}`);
    for (const r of t.rows) for (const [k, f] of Object.entries(r.values)) push(f, `${id} ${r.code} ${k}`);
  }
  for (const [k, e] of Object.entries(d.supplementary?.entries ?? {})) push(e.figure, `补充信息 ${k}`);
  return out;
}

/** A copy of the model with every figure at `ref` replaced by `make(old)` (models are immutable). */
export function replaceFigure(d: Disclosure, ref: string, make: (old: Figure) => Figure): Disclosure {
  const swap = (f: Figure): Figure => (refToString(f.cell) === ref ? make(f) : f);
  const swapAll = (rec: Readonly<Record<string, Figure>>): Record<string, Figure> =>
    Object.fromEntries(Object.entries(rec).map(([k, f]) => [k, swap(f)]));
  const tables: Partial<Record<string, TableModel>> = {};
  for (const id of TABLE_IDS) {
    const t = d.tables[id];
    if (!t) continue;
    tables[id] = {
      ...t,
      items: swapAll(t.items),
      totalRow: t.totalRow ? swapAll(t.totalRow) : undefined,
      rows: t.rows.map((r): SubjectRow => ({ ...r, values: swapAll(r.values) })),
    };
  }
  const supplementary = d.supplementary && {
    ...d.supplementary,
    entries: Object.fromEntries(
      Object.entries(d.supplementary.entries).map(([k, e]): [string, SuppEntry] => [
        k,
        e.figure ? { ...e, figure: swap(e.figure) } : e,
      ]),
    ),
  };
  return { ...d, tables, supplementary };
}
