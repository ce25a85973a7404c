import { readFile, stat } from 'fs/promises';
import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid/grid';
import { GridReadError, READ_LIMITS, readGridFromBuffer, tooLargeError, type ReadLimits } from './workbook';

/** Reading workbooks from file paths (Node). The byte-level reader, limits and errors are in ./workbook. */
export {
  GridReadError,
  READ_LIMITS,
  cfbEntryNames,
  gridFromWorkbook,
  readGridFromBuffer,
  readZipDirectory,
  sniffWorkbook,
} from './workbook';
export type { CellValue, GridReadErrorCode, ReadLimits, ZipEntry } from './workbook';

export async function readGridFromFile(path: string, limits: Partial<ReadLimits> = {}): Promise<Grid> {
  return (await readWorkbookFile(path, limits)).grid;
}

/** Reads a workbook file; a file over READ_LIMITS.maxFileBytes is refused from its size, before any byte is read. */
export async function readWorkbookFile(
  path: string,
  limits: Partial<ReadLimits> = {},
): Promise<{ grid: Grid; workbook: ExcelJS.Workbook }> {
  const maxFileBytes = limits.maxFileBytes ?? READ_LIMITS.maxFileBytes;
  let size: number;
  let isFile: boolean;
  try {
    const st = await stat(path);
    size = st.size;
    isFile = st.isFile();
  } catch {
    throw new GridReadError('not-found', `找不到文件：${path}（file not found）`);
  }
  if (!isFile) throw new GridReadError('not-found', `${path} 不是文件（not a file）`);
  if (size > maxFileBytes) throw tooLargeError(path, size, { ...READ_LIMITS, ...limits });
  return readGridFromBuffer(await readFile(path), path, limits);
}
