import type { CellValue, GridCell } from '../core/grid/grid';
import type { CellWritten } from '../core/plan/types';

/**
 * "Does this cell still hold X?" — asked after a failed write (which cells did it change?) and before an undo (has
 * the user retyped the cell since?). Formulas are compared without spaces and case (Excel may re-case a reference);
 * a format is compared only where the edit set one.
 */
export function holdsWritten(now: GridCell | undefined, w: CellWritten): boolean {
  if (w.formula !== undefined) {
    if (norm(now?.formula) !== norm(w.formula)) return false;
  } else if (w.value !== undefined) {
    if (now?.formula !== undefined || !sameValue(now?.value ?? null, w.value)) return false;
  }
  return w.numFmt === undefined || fmt(now?.numFmt) === fmt(w.numFmt);
}

/**
 * Is the cell as the write (or a part of it) left it: its content and its format each either as before or as written?
 * A write that failed between a range's `formulas` and its `numberFormat` leaves such a mix; typing leaves neither.
 */
export function holdsWriteOrMix(now: GridCell | undefined, before: GridCell | undefined, w: CellWritten): boolean {
  const contentWritten = w.formula !== undefined || w.value !== undefined;
  const content = (c: CellWritten) => holdsWritten(now, { formula: c.formula, value: c.value });
  const beforeContent = holdsBefore({ ...(now ?? { value: null }), numFmt: before?.numFmt }, before);
  const contentOk = (contentWritten && content(w)) || beforeContent;
  const fmtOk =
    (w.numFmt !== undefined && fmt(now?.numFmt) === fmt(w.numFmt)) || fmt(now?.numFmt) === fmt(before?.numFmt);
  return contentOk && fmtOk;
}

/** Does the cell hold exactly its content before the write (formula or value, and number format)? */
export function holdsBefore(now: GridCell | undefined, before: GridCell | undefined): boolean {
  if (norm(now?.formula) !== norm(before?.formula)) return false;
  if (before?.formula === undefined && !sameValue(now?.value ?? null, before?.value ?? null)) return false;
  return fmt(now?.numFmt) === fmt(before?.numFmt);
}

function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'object' || typeof b === 'object')
    return typeof a === 'object' && typeof b === 'object' && a.error === b.error;
  return a === b;
}

const norm = (f: string | undefined) =>
  f === undefined ? undefined : f.replace(/^=/, '').replace(/\s/g, '').toUpperCase();
const fmt = (f: string | undefined) => (f === undefined || f === '' || f === 'General' ? 'General' : f);
