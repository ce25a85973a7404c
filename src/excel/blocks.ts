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
