import { readFile, stat } from 'fs/promises';
import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid/grid';
import { GridReadError, READ_LIMITS, readGridFromBuffer } from './workbook';

/** Reading workbooks from file paths (Node). The byte-level reader, limits and errors are in ./workbook. */
export { GridReadError, READ_LIMITS, gridFromWorkbook, readGridFromBuffer, sniffWorkbook } from './workbook';
export type { CellValue, GridReadErrorCode } from './workbook';

export async function readGridFromFile(path: string): Promise<Grid> {
  return (await readWorkbookFile(path)).grid;
}

export async function readWorkbookFile(path: string): Promise<{ grid: Grid; workbook: ExcelJS.Workbook }> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new GridReadError('not-found', `找不到文件：${path}（file not found）`);
  }
  if (size > READ_LIMITS.maxFileBytes)
    throw new GridReadError(
      'too-large',
      `${path} 超过 ${READ_LIMITS.maxFileBytes / 1024 / 1024} MB，无法读取（file too large）`,
    );
  return readGridFromBuffer(await readFile(path), path);
}
