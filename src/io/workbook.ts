import type ExcelJS from 'exceljs';
import type { CellValue, Grid, GridCell, GridSheet, RangeBox, SheetVisibility } from '../core/grid/grid';
import { parseRangeA1 } from '../core/grid/grid';
import { cellFromExcelJS } from './exceljs-cell';
import { GridReadError, READ_LIMITS, type ReadLimits } from './limits';
import { openWorkbookBytes } from './open-bytes';
import type { RawInflate } from './xlsx-read';
import { corrupt } from './xlsx-read/sniff';

/**
 * Reading a workbook from bytes for a tool that will write it: the Grid from the lean reader (src/io/xlsx-read,
 * which identifies the bytes and enforces every limit in its one inflate pass) and, loaded only now, an ExcelJS
 * workbook to apply plans to. No Node imports here (the web page bundles this file); file paths are
 * src/io/xlsx.ts. Reading only (check, draft, lint, batch, the web page's first view) needs no ExcelJS at all.
 */

export { GridReadError, READ_LIMITS, tooLargeError, type GridReadErrorCode, type ReadLimits } from './limits';
export { cfbEntryNames, readZipDirectory, sniffWorkbook, type ZipEntry } from './xlsx-read/sniff';

/* ---------------------------------------------------------------- reading */

export async function readGridFromBuffer(
  buf: Uint8Array,
  name = '文件',
  limits: Partial<ReadLimits> = {},
  inflate?: RawInflate,
): Promise<{ grid: Grid; workbook: ExcelJS.Workbook; convertedFrom?: 'xls' }> {
  const opened = await openWorkbookBytes(buf, name, limits, inflate);
  return {
    grid: opened.grid,
    workbook: await loadExcelJSWorkbook(opened.bytes, name),
    ...(opened.convertedFrom && { convertedFrom: opened.convertedFrom }),
  };
}

/**
 * ExcelJS's workbook of bytes the lean reader has already read (so identified and within every limit): loaded
 * lazily, as only writing needs it (a separate chunk on the web page).
 */
export async function loadExcelJSWorkbook(buf: Uint8Array, name = '文件'): Promise<ExcelJS.Workbook> {
  const { default: ExcelJSModule } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const workbook = new ExcelJSModule.Workbook();
  try {
    await workbook.xlsx.load(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  } catch (e) {
    throw corrupt(name, e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
  return workbook;
}

/**
 * Turns an ExcelJS workbook (read from a file or built in memory) into the engine's Grid. Refuses a workbook with
 * more rows per sheet or cells in all than the limits allow (the engine's work grows with them).
 */
export function gridFromWorkbook(
  workbook: ExcelJS.Workbook,
  limits: Pick<ReadLimits, 'maxRowsPerSheet' | 'maxCells'> = READ_LIMITS,
  name = '工作簿',
): Grid {
  const sheets: GridSheet[] = [];
  const count = { cells: 0 };
  workbook.eachSheet((ws) => sheets.push(sheetFromWorksheet(ws, limits, count, name)));
  return { sheets };
}

function sheetFromWorksheet(
  ws: ExcelJS.Worksheet,
  limits: Pick<ReadLimits, 'maxRowsPerSheet' | 'maxCells'>,
  count: { cells: number },
  name: string,
): GridSheet {
  if (ws.actualRowCount > limits.maxRowsPerSheet)
    throw new GridReadError(
      'too-many-cells',
      `${name} 的工作表“${ws.name}”有 ${ws.actualRowCount} 行，超过 ${limits.maxRowsPerSheet} 行的上限，不像决算工作簿，已拒绝读取（refused: sheet has more than ${limits.maxRowsPerSheet} rows）`,
    );
  const rows: (GridCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const gc = cellFromExcelJS(cell);
      if (!gc) return;
      cells[c - 1] = gc;
      if (++count.cells > limits.maxCells)
        throw new GridReadError(
          'too-many-cells',
          `${name} 的单元格超过 ${limits.maxCells} 个，不像决算工作簿，已拒绝读取（refused: more than ${limits.maxCells} cells）`,
        );
    });
    rows[r - 1] = cells;
  });
  const merges: RangeBox[] = [];
  const model = ws.model as unknown as { merges?: string[] };
  for (const m of model.merges ?? []) {
    const box = parseRangeA1(m);
    if (box) merges.push(box);
  }
  const state = (ws.state ?? 'visible') as string;
  const visibility: SheetVisibility = state === 'veryHidden' ? 'veryHidden' : state === 'hidden' ? 'hidden' : 'visible';
  return { name: ws.name, visibility, rows, merges };
}

export type { CellValue };
