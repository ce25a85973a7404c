import type { CellRef, Grid } from '../core/grid/grid';
import type { EditPlan, UndoOutcome, UndoRecord } from '../core/plan/types';

/**
 * What the task pane needs from "the workbook", whatever holds it. The React views never call Office.js or
 * ExcelJS themselves (as in the `yo office` template): the Excel add-in passes a gateway over src/excel, the
 * standalone web page one over an in-memory ExcelJS workbook (src/web), tests a gateway of their own.
 */
export interface WorkbookGateway {
  /** 'excel': the open workbook through Office.js; 'file': a .xlsx opened in the web page. */
  readonly kind: 'excel' | 'file';
  /** The workbook's file name when known (shown in the UI, used for download names). */
  readonly name?: string;
  /** Reads every sheet (Excel: two syncs). */
  read(): Promise<Grid>;
  /** Applies a plan in one batch and returns what undo needs. */
  apply(plan: EditPlan): Promise<UndoRecord>;
  /**
   * Restores every cell an applied plan wrote and deletes the sheets it created — in Excel only what nobody changed
   * since: the outcome lists what was left alone.
   */
  undo(record: UndoRecord): Promise<UndoOutcome | void>;
  /** Shows cells to the user: selects and highlights them in Excel, or in the web page's grid preview. */
  select(refs: readonly CellRef[]): Promise<void>;
  /**
   * Points at cells while the pointer or keyboard focus rests on a figure, without moving the selection (the web
   * page's grid preview outlines them); called with [] when it leaves. Optional: Excel has no such hint.
   */
  preview?(refs: readonly CellRef[]): void;
  /** The user's current selection as a range, for 「使用当前选择」 in the mapping view; undefined when none. */
  currentSelection(): Promise<Selection | undefined>;
  /** Set by the pane: called after each sync of a write or undo that takes several (Excel: no timeout on writes). */
  onProgress?: (done: number, total: number) => void;
  /** Web page only: the workbook as .xlsx bytes, with every applied plan, for download. */
  save?(): Promise<Uint8Array>;
  /** Web page only: writes made outside the pane (a 补充信息 value typed in the grid); returns the unsubscribe. */
  onWrite?(listener: (label: string, record: UndoRecord) => void): () => void;
  /** Web page only: 重新读取 reads the workbook again as it would be downloaded (with the unsaved edits). */
  reload?(): Promise<void>;
}

/** A rectangular selection on one sheet, 1-based like the Grid. */
export interface Selection {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}
