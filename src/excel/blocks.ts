import type { RangeBox } from '../core/grid/grid';

/**
 * Groups cells of one sheet into full rectangles so that each rectangle is written with one 2-D array
 * (engineering-notes.md: per-cell writes are the classic slowdown). Rows are cut into runs of adjacent columns;
 * runs with the same columns on consecutive rows are stacked. Every cell lands in exactly one block.
 */
export interface Block<T> {
  readonly box: RangeBox;
  /** items[r][c], relative to box.top / box.left. */
  readonly items: T[][];
}

export function toBlocks<T>(cells: readonly { row: number; col: number; item: T }[]): Block<T>[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  // Horizontal runs.
  const runs: { row: number; left: number; right: number; items: T[] }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.right === c.col - 1) {
      last.right = c.col;
      last.items.push(c.item);
    } else if (last && last.row === c.row && last.right === c.col) {
      last.items[last.items.length - 1] = c.item; // duplicate cell: the later one wins
    } else runs.push({ row: c.row, left: c.col, right: c.col, items: [c.item] });
  }
  // Stack runs with the same columns on consecutive rows.
  const open = new Map<string, { top: number; bottom: number; left: number; right: number; items: T[][] }>();
  const blocks: { top: number; bottom: number; left: number; right: number; items: T[][] }[] = [];
  for (const r of runs) {
    const key = `${r.left}:${r.right}`;
    const b = open.get(key);
    if (b && b.bottom === r.row - 1) {
      b.bottom = r.row;
      b.items.push(r.items);
    } else {
      const nb = { top: r.row, bottom: r.row, left: r.left, right: r.right, items: [r.items] };
      open.set(key, nb);
      blocks.push(nb);
    }
  }
  return blocks.map((b) => ({ box: { top: b.top, left: b.left, bottom: b.bottom, right: b.right }, items: b.items }));
}

/**
 * At most this many ranges per sheet for a write or an undo (issue 7: the proxy objects of a run must not grow with
 * the workbook), unless one would hold more than MAX_RANGE_CELLS cells.
 */
export const MAX_BOXES_PER_SHEET = 8;
/**
 * Cells per range at most. Excel reads at most about 5,000,000 cells per request and three arrays are loaded per
 * range (engineering-notes.md). A box still bigger after the MAX_BOXES_PER_SHEET cuts is split further until each
 * range is at most this big: the one case where a sheet gets more ranges (an edited area of more than 1,000,000 cells
 * with no untouched band to cut at, e.g. 50,000 rows × 21 columns: then about two more ranges per 1,000,000 cells).
 */
export const MAX_RANGE_CELLS = 1_000_000;
/**
 * A cut is made only when it spares at least this many untouched cells: each untouched cell costs about 35 bytes
 * (nulls in the request, three arrays in the response), a range a few hundred; the 5 MB limit is per request.
 */
export const MIN_CUT_SAVING = 1000;

interface Cell<T> {
  readonly row: number;
  readonly col: number;
  readonly item: T;
}

export interface CoverLimits {
  readonly maxBoxes?: number;
  readonly maxCells?: number;
  readonly minSaving?: number;
}

/**
 * Covers the cells of one sheet with at most `maxBoxes` rectangles: starting from their bounding box, it cuts,
 * `maxBoxes − 1` times at most, the rectangle where one cut between two rows or two columns of cells spares the most
 * untouched cells (at least `minSaving`). Edits at A1 and Z50000 become two one-cell boxes; the scattered 合计/类/款
 * rows of one table stay one box. A rectangle still over `maxCells` is then split until none is. items[r][c] is
 * undefined for a cell not in the list (written as null: left unchanged). A cell listed twice: the later one wins.
 */
export function coverBoxes<T>(cells: readonly Cell<T>[], limits: CoverLimits = {}): Block<T | undefined>[] {
  const { maxBoxes = MAX_BOXES_PER_SHEET, maxCells = MAX_RANGE_CELLS, minSaving = MIN_CUT_SAVING } = limits;
  if (cells.length === 0) return [];
  const parts: Part<T>[] = [part(cells)];
  // 1. The most useful cuts, up to maxBoxes rectangles.
  while (parts.length < maxBoxes) {
    let best = -1;
    parts.forEach((p, i) => {
      if (p.cut && p.cut.saves >= minSaving && (best < 0 || p.cut.saves > parts[best].cut!.saves)) best = i;
    });
    if (best < 0) break;
    const { a, b } = parts[best].cut!;
    parts.splice(best, 1, part(a), part(b));
  }
  // 2. Rectangles too big to read or send in one piece: at a cut that spares a quarter of the rectangle, else in
  // halves by rows (by columns for a single row) — a dense area becomes row chunks.
  const done: Part<T>[] = [];
  const todo = [...parts];
  for (let p = todo.pop(); p; p = todo.pop()) {
    if (area(p.box) <= maxCells) done.push(p);
    else {
      const [a, b] = p.cut && p.cut.saves * 4 >= area(p.box) ? [p.cut.a, p.cut.b] : halve(p.cells);
      todo.push(part(b), part(a));
    }
  }
  return done.sort((x, y) => x.box.top - y.box.top || x.box.left - y.box.left).map(fill);
}

interface Part<T> {
  readonly box: RangeBox;
  /** In the order given (sorted stably by rows or columns), so that a later duplicate stays later. */
  readonly cells: readonly Cell<T>[];
  /** The best single cut of this part, if one spares any untouched cell. */
  readonly cut?: { readonly saves: number; readonly a: Cell<T>[]; readonly b: Cell<T>[] };
}

const area = (b: RangeBox) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

function part<T>(cells: readonly Cell<T>[]): Part<T> {
  let box: RangeBox | undefined;
  for (const c of cells) box = grow(box, c);
  let cut: Part<T>['cut'];
  for (const axis of ['row', 'col'] as const) {
    const sorted = [...cells].sort((x, y) => x[axis] - y[axis]);
    const n = sorted.length;
    // Bounding boxes of every prefix and suffix of the sorted cells.
    const pre: RangeBox[] = [];
    const suf: RangeBox[] = new Array<RangeBox>(n);
    for (let i = 0; i < n; i++) pre.push(grow(i ? pre[i - 1] : undefined, sorted[i]));
    for (let i = n - 1; i >= 0; i--) suf[i] = grow(i < n - 1 ? suf[i + 1] : undefined, sorted[i]);
    for (let i = 0; i < n - 1; i++) {
      if (sorted[i][axis] === sorted[i + 1][axis]) continue;
      const saves = area(box!) - area(pre[i]) - area(suf[i + 1]);
      if (saves > 0 && (!cut || saves > cut.saves)) cut = { saves, a: sorted.slice(0, i + 1), b: sorted.slice(i + 1) };
    }
  }
  return { box: box!, cells, cut };
}

/** Two non-empty halves, split between two rows near the middle cell (between two columns if all share a row). */
function halve<T>(cells: readonly Cell<T>[]): [Cell<T>[], Cell<T>[]] {
  const axis = cells.some((c) => c.row !== cells[0].row) ? 'row' : 'col';
  const sorted = [...cells].sort((x, y) => x[axis] - y[axis]);
  // The boundary between two different rows (columns) closest to the middle: the nearest below, else above.
  const mid = sorted.length >> 1;
  let i = mid;
  while (i > 0 && sorted[i - 1][axis] === sorted[i][axis]) i--;
  if (i === 0) {
    i = mid + 1;
    while (sorted[i - 1][axis] === sorted[i][axis]) i++;
  }
  return [sorted.slice(0, i), sorted.slice(i)];
}

function grow(b: RangeBox | undefined, c: { row: number; col: number }): RangeBox {
  return b
    ? {
        top: Math.min(b.top, c.row),
        left: Math.min(b.left, c.col),
        bottom: Math.max(b.bottom, c.row),
        right: Math.max(b.right, c.col),
      }
    : { top: c.row, left: c.col, bottom: c.row, right: c.col };
}

/** The part's 2-D array: each of its cells in place, undefined elsewhere. */
function fill<T>({ box, cells }: Part<T>): Block<T | undefined> {
  const items: (T | undefined)[][] = [];
  for (let r = box.top; r <= box.bottom; r++)
    items.push(new Array<T | undefined>(box.right - box.left + 1).fill(undefined));
  for (const c of cells) items[c.row - box.top][c.col - box.left] = c.item;
  return { box, items };
}
