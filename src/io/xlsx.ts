import { readFile, stat } from 'fs/promises';
import { inflateRawSync } from 'zlib';
import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid/grid';
import { GridReadError, READ_LIMITS, readGridFromBuffer, tooLargeError, type ReadLimits } from './workbook';
import { openWorkbookBytes } from './open-bytes';
import { readXlsxGrid } from './xlsx-read';

/**
 * Reading workbooks from file paths (Node): the lean reader (src/io/xlsx-read) with Node's zlib inflating (capped
 * at each part's declared size by maxOutputLength); ExcelJS only for a command that writes (readWorkbookFile).
 */
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

/** Node's native inflate, refusing output beyond `max` bytes (ERR_BUFFER_TOO_LARGE) as it goes. */
export const nodeInflate = (data: Uint8Array, max: number): Uint8Array =>
  max === 0 && data.length <= 2 ? new Uint8Array(0) : inflateRawSync(data, { maxOutputLength: Math.max(1, max) });

/**
 * Reads a workbook's Grid (no ExcelJS; a legacy .xls through SheetJS); a file over READ_LIMITS.maxFileBytes is
 * refused from its size first.
 */
export async function readGridFromFile(path: string, limits: Partial<ReadLimits> = {}): Promise<Grid> {
  return (await openWorkbookBytes(await readChecked(path, limits), path, limits, nodeInflate)).grid;
}

/** The Grid of .xlsx bytes already in memory (no ExcelJS), inflated by Node's zlib. */
export function readGridFromBytes(buf: Uint8Array, name = '文件', limits: Partial<ReadLimits> = {}): Grid {
  return readXlsxGrid(buf, name, limits, nodeInflate);
}

/** Reads a workbook file for a command that writes it: the Grid and, loaded lazily, ExcelJS's workbook. */
export async function readWorkbookFile(
  path: string,
  limits: Partial<ReadLimits> = {},
): Promise<{ grid: Grid; workbook: ExcelJS.Workbook; convertedFrom?: 'xls' }> {
  return readGridFromBuffer(await readChecked(path, limits), path, limits, nodeInflate);
}

/** The file's bytes; refused from its size alone (before reading) when over the limit. */
async function readChecked(path: string, limits: Partial<ReadLimits>): Promise<Uint8Array> {
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
  return readFile(path);
}
