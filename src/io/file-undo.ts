import type ExcelJS from 'exceljs';
import type { EditPlan, UndoRecord } from '../core/plan/types';
import { readUndoSheet, UNDO_SHEET, undoSheetPlan, type StoredUndo } from '../core/plan/undo-sheet';
import { applyPlan, undoPlan } from './apply-plan';
import { gridFromWorkbook } from './workbook';

/**
 * Writes to a workbook file keep their undo inside the file (core/plan/undo-sheet.ts): apply the plan with
 * the one plan-then-apply function, then replace the `_juesuan_undo` sheet with this write's UndoRecord
 * (an empty plan leaves the file, and the previous write's undo, as they are).
 */
export function applyPlanKeepingUndo(workbook: ExcelJS.Workbook, plan: EditPlan): UndoRecord {
  // Nothing to write: the undo of the previous write stays available.
  if (plan.edits.length === 0 && plan.createSheets.length === 0) return { cells: [], createdSheets: [] };
  const record = applyPlan(workbook, plan);
  const old = workbook.getWorksheet(UNDO_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  if (record.cells.length || record.createdSheets.length) applyPlan(workbook, undoSheetPlan(plan, record));
  return record;
}

/**
 * Undoes the last write recorded in the file: restores every cell still holding what that write put there,
 * deletes the sheets it created and the undo sheet. Undefined when the file holds no undo.
 */
export function undoFromFile(workbook: ExcelJS.Workbook): StoredUndo | undefined {
  const stored = readUndoSheet(gridFromWorkbook(workbook));
  if (!stored) return undefined;
  undoPlan(workbook, { cells: stored.record.cells, createdSheets: [...stored.record.createdSheets, UNDO_SHEET] });
  return stored;
}
