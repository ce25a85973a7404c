import type { Grid } from '../core/grid/grid';
import { GridReadError, type ReadLimits } from './limits';
import { xlsToXlsx } from './xls';
import { readXlsxGrid, type RawInflate } from './xlsx-read';

/** A workbook's bytes opened for the engine: the Grid, and the .xlsx bytes the tool works on from now on. */
export interface OpenedBytes {
  readonly grid: Grid;
  /** The file's own bytes, or for a legacy .xls the .xlsx it was converted to. */
  readonly bytes: Uint8Array;
  /** Set when the file was a legacy .xls read through conversion (callers tell the user: see xlsNote). */
  readonly convertedFrom?: 'xls';
}

/**
 * Opens any workbook the tool accepts (no Node or ExcelJS imports): an .xlsx with the lean reader; a legacy .xls
 * (BIFF8) converted to .xlsx by SheetJS, loaded only then, and read the same way. Everything else is refused
 * with the reader's reason (GridReadError).
 */
export async function openWorkbookBytes(
  buf: Uint8Array,
  name = '文件',
  limits: Partial<ReadLimits> = {},
  inflate?: RawInflate,
): Promise<OpenedBytes> {
  try {
    return { grid: readXlsxGrid(buf, name, limits, inflate), bytes: buf };
  } catch (e) {
    if (!(e instanceof GridReadError) || e.code !== 'xls') throw e;
  }
  const xlsx = await xlsToXlsx(buf, name);
  return { grid: readXlsxGrid(xlsx, name, limits, inflate), bytes: xlsx, convertedFrom: 'xls' };
}
