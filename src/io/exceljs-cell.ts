import type ExcelJS from 'exceljs';
import type { CellValue, GridCell } from '../core/grid/grid';
import { decodeRefA1, shiftFormula } from './xlsx-read/formula-shift';

/**
 * Converts one ExcelJS cell to a GridCell (value, formula, number format, displayed text) — used where the tool
 * has an ExcelJS workbook anyway (after writing); files are read by the lean reader (src/io/xlsx-read), which
 * gives the same cells. Two ExcelJS slips are mended here as there: a shared-formula cell's formula is its own
 * (ExcelJS's value holds the master's address), an error result displays its code.
 */
export function cellFromExcelJS(cell: ExcelJS.Cell): GridCell | undefined {
  // ExcelJS repeats a merged range's value in every cell of it; Excel (and Office.js) keep it in the top-left only.
  if (cell.isMerged && cell.master !== cell) return undefined;
  const v = cell.value as unknown;
  if (v === null || v === undefined) return undefined;
  const numFmt = cell.numFmt || undefined;
  let value: CellValue;
  let formula: string | undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') value = v;
  else if (v instanceof Date) value = v.toISOString().slice(0, 10);
  else if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      formula = (o.formula as string | undefined) ?? sharedFormula(cell, o.sharedFormula as string | undefined);
      value = resultValue(o.result);
      if (value !== null && typeof value === 'object') return { value, formula, numFmt, text: value.error };
    } else if ('richText' in o && Array.isArray(o.richText)) {
      value = (o.richText as { text: string }[]).map((t) => t.text).join('');
    } else if ('error' in o) {
      value = { error: String(o.error) };
    } else if ('text' in o) {
      value = String(o.text); // hyperlink
    } else value = null;
  } else value = null;
  return { value, formula, numFmt, text: safeText(cell) };
}

/** A shared formula's cell: the master's formula moved to this cell (ECMA-376 §18.3.1.40). */
function sharedFormula(cell: ExcelJS.Cell, masterAddress: string | undefined): string | undefined {
  if (!masterAddress) return undefined;
  const from = decodeRefA1(masterAddress);
  const master = cell.worksheet.findCell(from.row, from.col);
  const text = (master?.value as { formula?: unknown } | null)?.formula;
  if (!master || typeof text !== 'string') return undefined;
  return shiftFormula(text, Number(cell.row) - from.row, Number(cell.col) - from.col);
}

function resultValue(r: unknown): CellValue {
  if (r === undefined || r === null) return null;
  if (typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean') return r;
  if (r instanceof Date) return r.toISOString().slice(0, 10);
  if (typeof r === 'object' && r && 'error' in r) return { error: String((r as { error: unknown }).error) };
  return null;
}

function safeText(cell: ExcelJS.Cell): string | undefined {
  try {
    const t = cell.text;
    return typeof t === 'string' ? t : undefined;
  } catch {
    return undefined;
  }
}
