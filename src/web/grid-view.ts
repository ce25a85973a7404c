import type { GridCell, GridSheet, RangeBox } from '../core/grid/grid';
import { colCount, colLetters, isCellError, rowCount } from '../core/grid/grid';
import type { Selection } from '../taskpane/gateway';
import { formatNumber } from './number-format';

export { formatNumber };

/** Pure helpers of the grid preview (layout, merged cells, selection), kept apart from React. */

export const ROW_HEIGHT = 24;
export const MAX_COLS = 200;

export interface Pos {
  readonly row: number;
  readonly col: number;
}

/**
 * What a cell shows: a number with a number format formatted by it (ExcelJS's text of a number is its raw value,
 * "9746.5" for "9,746.50"), else the source's displayed text, else the raw value (numbers as Excel's General).
 */
export function displayText(cell: GridCell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (typeof v === 'number' && cell.numFmt) return formatNumber(v, cell.numFmt);
  if (cell.text !== undefined && cell.text !== '') return cell.text;
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatNumber(v, undefined);
  return v;
}

/** Rows and columns the preview draws: the used area, at least 1×1, columns capped at MAX_COLS. */
export function sheetSize(sheet: GridSheet): { rows: number; cols: number; colsCapped: boolean } {
  const cols = colCount(sheet);
  return {
    rows: Math.max(1, rowCount(sheet)),
    cols: Math.max(1, Math.min(cols, MAX_COLS)),
    colsCapped: cols > MAX_COLS,
  };
}

/** Display width of a text in "units" (a CJK character counts two). */
function textUnits(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return n;
}

/** Column widths in px from the longest text of each column (sampled over the first 2,000 rows). */
export function columnWidths(sheet: GridSheet, cols: number): number[] {
  const units = new Array<number>(cols).fill(0);
  const merged = mergeIndex(sheet);
  const rows = Math.min(sheet.rows.length, 2000);
  for (let r = 0; r < rows; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < Math.min(row.length, cols); c++) {
      // A merged title spreads over its columns: it should not widen the first one.
      const m = merged.get(key(r + 1, c + 1));
      if (m && m.right > m.left) continue;
      const u = textUnits(displayText(row[c]));
      if (u > units[c]) units[c] = u;
    }
  }
  return units.map((u) => Math.max(48, Math.min(280, u * 7 + 14)));
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

export type MergeIndex = ReadonlyMap<string, RangeBox>;

/** Every cell inside a merged range → that range (ranges larger than 10,000 cells are drawn unmerged). */
export function mergeIndex(sheet: GridSheet): MergeIndex {
  const index = new Map<string, RangeBox>();
  for (const m of sheet.merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10000) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) index.set(key(r, c), m);
  }
  return index;
}

export function mergeAt(index: MergeIndex, row: number, col: number): RangeBox | undefined {
  return index.get(key(row, col));
}

/**
 * How a cell is drawn in the window of rows [first, last]: skipped (covered by a merge drawn elsewhere) or drawn
 * with its spans. A merge whose top row is scrolled away is drawn from the window's first row.
 */
export function cellLayout(
  index: MergeIndex,
  row: number,
  col: number,
  first: number,
  last: number,
  cols: number,
): { skip: true } | { skip: false; rowSpan: number; colSpan: number; source: Pos } {
  const m = mergeAt(index, row, col);
  if (!m) return { skip: false, rowSpan: 1, colSpan: 1, source: { row, col } };
  const anchorRow = Math.max(m.top, first);
  if (row !== anchorRow || col !== m.left) return { skip: true };
  return {
    skip: false,
    rowSpan: Math.min(m.bottom, last) - anchorRow + 1,
    colSpan: Math.min(m.right, cols) - m.left + 1,
    source: { row: m.top, col: m.left },
  };
}

/** The rectangle between two corners, grown to cover every merged range it touches (as Excel does). */
export function selectionBox(index: MergeIndex, a: Pos, b: Pos): RangeBox {
  let box: RangeBox = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
  for (let grown = true; grown;) {
    grown = false;
    for (const m of new Set(index.values())) {
      const touches = m.top <= box.bottom && m.bottom >= box.top && m.left <= box.right && m.right >= box.left;
      if (!touches) continue;
      const next = {
        top: Math.min(box.top, m.top),
        left: Math.min(box.left, m.left),
        bottom: Math.max(box.bottom, m.bottom),
        right: Math.max(box.right, m.right),
      };
      if (next.top !== box.top || next.left !== box.left || next.bottom !== box.bottom || next.right !== box.right) {
        box = next;
        grown = true;
      }
    }
  }
  return box;
}

export function toSelection(sheet: string, box: RangeBox): Selection {
  return { sheet, top: box.top, left: box.left, bottom: box.bottom, right: box.right };
}

/** "C7" or "C7:D9". */
export function boxA1(box: RangeBox): string {
  const a = `${colLetters(box.left)}${box.top}`;
  const b = `${colLetters(box.right)}${box.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

export function inBox(box: RangeBox | undefined, row: number, col: number): boolean {
  return !!box && row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;
}

/** The active cell after a navigation key, inside [1..rows]×[1..cols]; undefined for other keys. */
export function moveByKey(
  pos: Pos,
  keyName: string,
  ctrl: boolean,
  rows: number,
  cols: number,
  page: number,
): Pos | undefined {
  const clamp = (row: number, col: number): Pos => ({
    row: Math.max(1, Math.min(rows, row)),
    col: Math.max(1, Math.min(cols, col)),
  });
  switch (keyName) {
    case 'ArrowUp':
      return clamp(ctrl ? 1 : pos.row - 1, pos.col);
    case 'ArrowDown':
      return clamp(ctrl ? rows : pos.row + 1, pos.col);
    case 'ArrowLeft':
      return clamp(pos.row, ctrl ? 1 : pos.col - 1);
    case 'ArrowRight':
      return clamp(pos.row, ctrl ? cols : pos.col + 1);
    case 'PageUp':
      return clamp(pos.row - page, pos.col);
    case 'PageDown':
      return clamp(pos.row + page, pos.col);
    case 'Home':
      return clamp(ctrl ? 1 : pos.row, 1);
    case 'End':
      return clamp(ctrl ? rows : pos.row, cols);
    default:
      return undefined;
  }
}
