import { getCell, mergeAt, type GridSheet, type RangeBox } from '../grid/grid';
import type { ColumnDef } from '../profiles/tables';
import { normLabel } from './text';
import { isNumberingHeader } from './numbering';

/**
 * The header path of each column: the texts of the header cells above it, top to bottom, with merged header
 * cells (收入/支出, 本年支出 over 合计/基本支出/项目支出) counted for every column they span.
 * Purely numeric cells (the 栏次 row: 1, 2, 3 …) are left out.
 */
export function headerPaths(sheet: GridSheet, box: RangeBox, top: number, bottom: number): Map<number, string[]> {
  const paths = new Map<number, string[]>();
  for (let c = box.left; c <= box.right; c++) {
    const path: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const m = mergeAt(sheet, r, c);
      const cell = m ? getCell(sheet, m.top, m.left) : getCell(sheet, r, c);
      const v = cell?.value;
      if (typeof v !== 'string') continue;
      const t = normLabel(v);
      if (!t || /^\d+$/.test(t)) continue;
      if (path[path.length - 1] !== t) path.push(t);
    }
    paths.set(c, path);
  }
  return paths;
}

function fragMatches(frag: string | RegExp, text: string): boolean {
  return typeof frag === 'string' ? text.includes(normLabel(frag)) : frag.test(text);
}

/** Does a column's header path satisfy every fragment of a column definition? */
export function pathMatches(path: readonly string[], def: ColumnDef): boolean {
  // A header wrapped over two cells (“年初结转和” above “结余”) is read whole as well.
  const joined = path.join('');
  return def.headers.every(
    (f) => path.some((t) => fragMatches(f, t)) || (typeof f === 'string' && fragMatches(f, joined)),
  );
}

/**
 * Assigns each column definition the leftmost unused column whose header path matches, within [from, to].
 * Definitions are tried most specific (most fragments) first so that "本年支出 + 合计" wins over a bare "合计".
 */
export function matchColumns(
  paths: Map<number, string[]>,
  defs: readonly ColumnDef[],
  from: number,
  to: number,
): Record<string, number> {
  const used = new Set<number>();
  const out: Record<string, number> = {};
  const ordered = [...defs].sort((a, b) => b.headers.length - a.headers.length);
  for (const def of ordered) {
    if (out[def.key] !== undefined) continue; // a less specific alternative of a column already found
    for (let c = from; c <= to; c++) {
      if (used.has(c)) continue;
      const path = paths.get(c) ?? [];
      if (isNumberingHeader(path)) continue;
      if (pathMatches(path, def)) {
        out[def.key] = c;
        used.add(c);
        break;
      }
    }
  }
  return out;
}
