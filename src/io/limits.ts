/**
 * The reader's limits and its error type, in a module of their own with no imports, so the web page can refuse a
 * file that is too large from its size alone, before reading it and before loading ExcelJS.
 */

const MB = 1024 * 1024;

/** Limits for files from many hands (see docs/reliability.md). A 决算 workbook is far below every one of them. */
export const READ_LIMITS = {
  /** Largest file read at all (checked from the file size before reading, then on the bytes). */
  maxFileBytes: 100 * MB,
  /** Most entries (parts) in the zip; a workbook of 20 sheets has about 50. */
  maxZipEntries: 10_000,
  /** Largest total of the declared uncompressed sizes of all zip entries. */
  maxUncompressedBytes: 128 * MB,
  /**
   * Largest declared uncompressed size of one worksheet's XML. A consolidated workbook of 50,000 科目 rows (the
   * largest size the benchmark asks for) has 17 MB sheets; ExcelJS needs about 0.2 s and 40 MB of memory per MB of
   * sheet XML, so one sheet stays under about 4 s and 1 GB.
   */
  maxSheetXmlBytes: 20 * MB,
  /** Highest compression ratio (uncompressed ÷ compressed) of an entry larger than `ratioCheckAboveBytes`. */
  maxCompressionRatio: 200,
  /** Entries smaller than this may have any ratio (small repetitive XML compresses very well). */
  ratioCheckAboveBytes: 1 * MB,
  /** Most rows with content in one sheet (counted after loading): twice the largest consolidated workbook's. */
  maxRowsPerSheet: 100_000,
  /** Most non-empty cells in the whole workbook (counted after loading): Excel's own limit for one read. */
  maxCells: 5_000_000,
};

export type ReadLimits = typeof READ_LIMITS;

export type GridReadErrorCode =
  | 'not-found'
  | 'too-large'
  | 'not-xlsx'
  | 'csv'
  | 'html'
  | 'encrypted'
  | 'xls'
  | 'encrypted-or-xls'
  | 'not-workbook'
  | 'corrupt'
  | 'empty'
  | 'zip-bomb'
  | 'too-many-cells';

/** A file that cannot be read as a workbook; the message is one line, Chinese then English. */
export class GridReadError extends Error {
  constructor(
    readonly code: GridReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GridReadError';
  }
}

/** The one-line message for a file over `maxFileBytes` (size known before reading). */
export function tooLargeError(name: string, bytes: number, limits: ReadLimits = READ_LIMITS): GridReadError {
  const max = limits.maxFileBytes / MB;
  return new GridReadError(
    'too-large',
    `${name} 有 ${Math.round(bytes / MB)} MB，超过 ${max} MB 的上限，无法读取（file too large: over ${max} MB）`,
  );
}
