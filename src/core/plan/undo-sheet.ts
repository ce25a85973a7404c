import {
  findSheet,
  getCell,
  parseRef,
  refToString,
  type CellRef,
  type Grid,
  type GridCell,
  type GridSheet,
} from '../grid/grid';
import type { CellEdit, EditPlan, UndoRecord } from './types';

/**
 * One-step undo for files: a write to a .xlsx (CLI fill, 情况说明 sheet, waiver, mapping correction) leaves its
 * UndoRecord in a very hidden sheet `_juesuan_undo`, one row per written cell with its content before and after,
 * so `juesuan undo` can put the file back later. Only the last write can be undone (the sheet is replaced by
 * each write). A cell changed by hand since the write is left alone and reported, so undo never loses typing.
 *
 *   row 1   类型 | 位置 | 原内容(JSON) | 写入内容(JSON)
 *   rows 2… cell | Sheet!C7 | {"value":…,"formula":…,"numFmt":…} or null | {"value":…,"formula":…}
 *           sheet | name of a sheet the write created | | signature of what the write put there
 *                   (undo deletes the sheet only while its content still has that signature)
 */
export const UNDO_SHEET = '_juesuan_undo';
const HEADER = ['类型', '位置', '原内容', '写入内容'];

type Content = Pick<GridCell, 'value' | 'formula' | 'numFmt'>;

/** What a plan leaves in each cell (the last edit of a cell wins), as stored for the "still ours?" test. */
function afterContents(plan: EditPlan): Map<string, Content> {
  const out = new Map<string, Content>();
  for (const e of plan.edits) out.set(refToString(e.ref), { value: e.value ?? null, formula: e.formula });
  return out;
}

/** The plan that writes the undo sheet for an applied plan and its UndoRecord (the caller replaces any old one). */
export function undoSheetPlan(plan: EditPlan, record: UndoRecord): EditPlan {
  const after = afterContents(plan);
  const edits: CellEdit[] = [];
  const put = (row: number, values: (string | null)[]) =>
    values.forEach((value, i) => edits.push({ ref: { sheet: UNDO_SHEET, row, col: i + 1 }, value, numFmt: '@' }));
  put(1, HEADER);
  let row = 1;
  for (const { ref, before } of record.cells) {
    const key = refToString(ref);
    const content = before ? { value: before.value, formula: before.formula, numFmt: before.numFmt } : null;
    put(++row, ['cell', key, JSON.stringify(content), JSON.stringify(after.get(key) ?? null)]);
  }
  for (const name of record.createdSheets) {
    const written = [...after].filter(([k]) => parseRef(k)?.sheet === name);
    put(++row, ['sheet', name, null, signature(written.map(([k, c]) => [parseRef(k)!, c]))]);
  }
  return { createSheets: [{ name: UNDO_SHEET, visibility: 'veryHidden', widths: [8, 30, 50, 50] }], edits };
}

export interface StoredUndo {
  /** Cells to restore (those still holding what the write put there) and sheets to delete. */
  readonly record: UndoRecord;
  /** Cells changed since the write: left as they are. */
  readonly changed: readonly CellRef[];
  /** Sheets the write created and someone edited since: kept, not deleted. */
  readonly changedSheets: readonly string[];
  /** Rows of the undo sheet that could not be read (reported, never guessed). */
  readonly unreadable: readonly number[];
}

/** Reads the undo sheet of a grid; undefined when the workbook has none. */
export function readUndoSheet(grid: Grid): StoredUndo | undefined {
  const sheet = findSheet(grid, UNDO_SHEET);
  if (!sheet) return undefined;
  const cells: { ref: CellRef; before: GridCell | undefined }[] = [];
  const createdSheets: string[] = [];
  const changed: CellRef[] = [];
  const changedSheets: string[] = [];
  const unreadable: number[] = [];
  for (let r = 2; r <= sheet.rows.length; r++) {
    const kind = getCell(sheet, r, 1)?.value;
    const where = getCell(sheet, r, 2)?.value;
    if (kind === 'sheet' && typeof where === 'string') {
      const now = findSheet(grid, where);
      if (now && signature(sheetContents(now)) !== getCell(sheet, r, 4)?.value) changedSheets.push(where);
      else createdSheets.push(where);
      continue;
    }
    if (kind === null || kind === undefined) continue;
    const ref = typeof where === 'string' ? parseRef(where) : undefined;
    const before = parseContent(getCell(sheet, r, 3)?.value);
    const after = parseContent(getCell(sheet, r, 4)?.value);
    if (kind !== 'cell' || !ref || before === false || after === false) {
      unreadable.push(r);
      continue;
    }
    const now = findSheet(grid, ref.sheet) && getCell(findSheet(grid, ref.sheet)!, ref.row, ref.col);
    if (after && !sameContent(now, after)) {
      changed.push(ref);
      continue;
    }
    cells.push({ ref, before: before ?? undefined });
  }
  return { record: { cells, createdSheets }, changed, changedSheets, unreadable };
}

/** Every non-empty cell of a sheet with its content. */
function sheetContents(sheet: GridSheet): [CellRef, Content][] {
  const out: [CellRef, Content][] = [];
  sheet.rows.forEach((cells, r) =>
    cells?.forEach((c, col) => {
      if (c) out.push([{ sheet: sheet.name, row: r + 1, col: col + 1 }, c]);
    }),
  );
  return out;
}

/** A short fingerprint (FNV-1a, 32 bit) of a sheet's content: cell positions, formulas and values. */
function signature(cells: readonly [CellRef, Content][]): string {
  const parts = cells
    .filter(([, c]) => c.formula !== undefined || (c.value !== null && c.value !== ''))
    .map(([ref, c]) => `${ref.row},${ref.col}=${c.formula !== undefined ? `=${norm(c.formula)}` : String(c.value)}`)
    .sort();
  let h = 0x811c9dc5;
  for (const ch of parts.join('\n')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${parts.length}:${h.toString(16)}`;
}

const norm = (f: string | undefined) => f?.replace(/^=/, '').replace(/\s/g, '').toUpperCase();

/** JSON content of a row: a cell, null (empty), or false when unreadable. */
function parseContent(raw: unknown): Content | null | false {
  if (typeof raw !== 'string') return false;
  try {
    const v = JSON.parse(raw) as unknown;
    if (v === null) return null;
    return typeof v === 'object' && 'value' in v ? (v as Content) : false;
  } catch {
    return false;
  }
}

/** Does the cell still hold what the write put there (same formula, or the same value without a formula)? */
function sameContent(cell: GridCell | undefined, after: Content): boolean {
  if (after.formula !== undefined) return norm(cell?.formula) === norm(after.formula);
  if (cell?.formula) return false;
  const now = cell?.value ?? null;
  return JSON.stringify(now) === JSON.stringify(after.value ?? null) || String(now) === String(after.value);
}
