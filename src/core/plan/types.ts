import type { CellRef, CellValue, GridCell, SheetVisibility } from '../grid/grid';

/**
 * Every write the tool makes goes through a plan: computed first (pure), shown to the user, then applied in
 * one batch by an adapter (ExcelJS file, Office.js, the web page's in-memory workbook). Applying returns an
 * UndoRecord that restores exactly the previous value, formula and number format of every written cell.
 */
export interface CellEdit {
  readonly ref: CellRef;
  /** New content: a formula (without "=") or a value; numFmt is optional. */
  readonly formula?: string;
  readonly value?: CellValue;
  readonly numFmt?: string;
  /** Why: e.g. '填充：本年收入合计', '情况说明', '补充信息模板'. */
  readonly reason?: string;
}

export interface SheetCreate {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** Column widths in characters, optional. */
  readonly widths?: readonly number[];
  /** Columns (1-based) whose text wraps within the column width, so that the sheet prints (情况说明). */
  readonly wrap?: readonly number[];
}

export interface EditPlan {
  readonly createSheets: readonly SheetCreate[];
  readonly edits: readonly CellEdit[];
}

/** What a write put in a cell: the content and/or number format of its (last) edit. */
export type CellWritten = Pick<CellEdit, 'formula' | 'value' | 'numFmt'>;

export interface UndoRecord {
  /**
   * Previous content of every edited cell (undefined = the cell was empty) and, when the adapter keeps it, what the
   * write put there: undo restores a cell only while it still holds `after`, so it never overwrites later typing.
   */
  readonly cells: readonly {
    readonly ref: CellRef;
    readonly before: GridCell | undefined;
    readonly after?: CellWritten;
  }[];
  /** Sheets the plan created (undo deletes them). */
  readonly createdSheets: readonly string[];
}

/** What an undo could not do because the user changed things since the write (left as they are, reported). */
export interface UndoOutcome {
  /** Cells changed since the write: not restored. */
  readonly kept: readonly CellRef[];
  /** Sheets the write created and someone edited since: not deleted. */
  readonly keptSheets: readonly string[];
}

export const EMPTY_PLAN: EditPlan = { createSheets: [], edits: [] };

export function mergePlans(...plans: EditPlan[]): EditPlan {
  return { createSheets: plans.flatMap((p) => p.createSheets), edits: plans.flatMap((p) => p.edits) };
}
