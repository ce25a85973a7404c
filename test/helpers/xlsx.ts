import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid/grid';
import { readGridFromBuffer } from '../../src/io/xlsx';

export type Row = (string | number | null | { formula: string; result?: number } | undefined)[];

export interface SheetSpec {
  name: string;
  rows: Row[];
  /** A1 ranges to merge, e.g. 'A1:F1'. */
  merges?: string[];
  numFmt?: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Number formats of single cells by A1 address (over numFmt). */
  formats?: Record<string, string>;
  /** 1-based rows and columns to hide. */
  hiddenRows?: number[];
  hiddenCols?: number[];
}

/** Writes sheets into a real .xlsx (ExcelJS) and returns its bytes. */
export async function xlsxBuffer(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    s.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === undefined || v === null) return;
        const cell = ws.getCell(i + 1, j + 1);
        cell.value = v as ExcelJS.CellValue;
        if (typeof v === 'number' && s.numFmt) cell.numFmt = s.numFmt;
      }),
    );
    for (const [addr, fmt] of Object.entries(s.formats ?? {})) ws.getCell(addr).numFmt = fmt;
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of s.hiddenCols ?? []) ws.getColumn(c).hidden = true;
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Builds a real .xlsx in memory and reads it back through the same reader the CLI uses. */
export async function gridOf(sheets: SheetSpec[]): Promise<Grid> {
  return (await readGridFromBuffer(await xlsxBuffer(sheets))).grid;
}
