import type ExcelJS from 'exceljs';
import type { CellValue, GridCell } from '../core/grid/grid';
import { isCellError } from '../core/grid/grid';
import type { CellEdit, EditPlan, UndoRecord } from '../core/plan/types';
import { cellFromExcelJS } from './exceljs-cell';

/**
 * The one way the tool writes into an ExcelJS workbook: a plan computed beforehand, applied in one go.
 * Creates the plan's sheets (with their visibility), writes values and formulas — a formula always with its
 * computed result, so readers without Excel (ExcelJS, the web page) see the value — and number formats.
 * Returns what undoPlan needs to put every written cell back exactly and delete the created sheets.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: EditPlan): UndoRecord {
  const createdSheets: string[] = [];
  for (const s of plan.createSheets) {
    if (workbook.getWorksheet(s.name)) continue;
    const ws = workbook.addWorksheet(s.name, { state: s.visibility });
    s.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    s.wrap?.forEach((c) => (ws.getColumn(c).alignment = { wrapText: true, vertical: 'top' }));
    createdSheets.push(s.name);
  }
  const cells: { ref: CellEdit['ref']; before: GridCell | undefined }[] = [];
  const seen = new Set<string>();
  for (const e of plan.edits) {
    const ws = workbook.getWorksheet(e.ref.sheet);
    if (!ws) throw new Error(`工作表“${e.ref.sheet}”不存在，无法写入（sheet not found）`);
    const cell = ws.getCell(e.ref.row, e.ref.col);
    const key = `${e.ref.sheet}\u0000${e.ref.row}\u0000${e.ref.col}`;
    // The first state of a cell is what undo restores, even when the plan writes it twice.
    if (!seen.has(key) && !createdSheets.includes(e.ref.sheet)) cells.push({ ref: e.ref, before: snapshot(cell) });
    seen.add(key);
    writeCell(cell, e);
  }
  return { cells, createdSheets };
}

/** Puts back every cell an applied plan wrote (value, formula, number format) and deletes the sheets it created. */
export function undoPlan(workbook: ExcelJS.Workbook, undo: UndoRecord): void {
  for (const { ref, before } of [...undo.cells].reverse()) {
    const ws = workbook.getWorksheet(ref.sheet);
    if (!ws) continue;
    const cell = ws.getCell(ref.row, ref.col);
    cell.value = before ? excelValue(before.value, before.formula) : null;
    setNumFmt(cell, before?.numFmt);
  }
  for (const name of undo.createdSheets) {
    const ws = workbook.getWorksheet(name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
}

/** A cell's content as undo needs it; an empty cell with a number format keeps the format. */
function snapshot(cell: ExcelJS.Cell): GridCell | undefined {
  const numFmt = cell.numFmt || undefined;
  const gc = cellFromExcelJS(cell);
  if (!gc) return numFmt ? { value: null, numFmt } : undefined;
  // ExcelJS resolves shared formulas through `cell.formula` (the grid keeps the master's address).
  const formula = gc.formula !== undefined ? cell.formula || gc.formula : undefined;
  return { value: gc.value, formula, numFmt };
}

function writeCell(cell: ExcelJS.Cell, e: CellEdit): void {
  cell.value = e.formula !== undefined ? excelValue(e.value ?? null, e.formula) : excelValue(e.value ?? null);
  if (e.numFmt !== undefined) setNumFmt(cell, e.numFmt);
}

function excelValue(value: CellValue, formula?: string): ExcelJS.CellValue {
  const plain: ExcelJS.CellValue = isCellError(value)
    ? ({ error: value.error } as unknown as ExcelJS.CellValue)
    : value;
  if (formula === undefined) return plain;
  const f = formula.replace(/^=/, '');
  return plain === null ? { formula: f } : ({ formula: f, result: plain } as ExcelJS.CellFormulaValue);
}

/** Number format of one cell only (ExcelJS may share a style object between cells: copy it first). */
function setNumFmt(cell: ExcelJS.Cell, numFmt: string | undefined): void {
  if ((cell.numFmt || undefined) === numFmt) return;
  const style = { ...cell.style };
  if (numFmt === undefined) delete style.numFmt;
  else style.numFmt = numFmt;
  cell.style = style;
}
