import ExcelJS from 'exceljs';
import type { CellValue, Grid, GridCell, GridSheet, RangeBox, SheetVisibility } from '../core/grid/grid';
import { parseRangeA1 } from '../core/grid/grid';
import { cellFromExcelJS } from './exceljs-cell';

/**
 * Reading a workbook from bytes, the same in Node and the browser (no Node imports here: the web page bundles
 * this file in its lazily loaded chunk). File paths are src/io/xlsx.ts.
 */

/** Limits for files from many hands (see docs/reliability.md). */
export const READ_LIMITS = {
  /** Largest .xlsx file read. */
  maxFileBytes: 100 * 1024 * 1024,
} as const;

export type GridReadErrorCode =
  'not-found' | 'too-large' | 'not-xlsx' | 'encrypted-or-xls' | 'not-workbook' | 'corrupt' | 'empty';

/** A file that cannot be read as a workbook; the message is one line, Chinese then English. */
export class GridReadError extends Error {
  constructor(
    readonly code: GridReadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** Last position of a byte sequence in a buffer, or -1 (Uint8Array has no Buffer.lastIndexOf in the browser). */
function lastIndexOf(buf: Uint8Array, seq: readonly number[]): number {
  outer: for (let i = buf.length - seq.length; i >= 0; i--) {
    for (let j = 0; j < seq.length; j++) if (buf[i + j] !== seq[j]) continue outer;
    return i;
  }
  return -1;
}

/** Identifies what a buffer is before ExcelJS sees it, so the user gets a reason rather than a stack trace. */
export function sniffWorkbook(buf: Uint8Array, name = '文件'): void {
  if (buf.length === 0) throw new GridReadError('empty', `${name} 是空文件（empty file）`);
  if (startsWith(buf, OLE_MAGIC))
    throw new GridReadError(
      'encrypted-or-xls',
      `${name} 是加密的工作簿或旧版 .xls 文件，请在 Excel 中取消密码并另存为 .xlsx 后再试（encrypted workbook or legacy .xls: save as .xlsx without a password）`,
    );
  if (!startsWith(buf, ZIP_MAGIC)) {
    const head = new TextDecoder('utf-8', { fatal: false }).decode(buf.subarray(0, 200));
    const csv = /^[^\0]*[,\t][^\0]*\n/.test(head);
    throw new GridReadError(
      'not-xlsx',
      csv
        ? `${name} 是文本/CSV 文件，不是 .xlsx 工作簿，请在 Excel 中另存为 .xlsx（CSV/text file, not an .xlsx workbook）`
        : `${name} 不是 .xlsx 工作簿（not an .xlsx file）`,
    );
  }
  // A complete zip ends with its central directory (end record "PK\x05\x06" in the last 64 KB).
  if (lastIndexOf(buf, [0x50, 0x4b, 0x05, 0x06]) < Math.max(0, buf.length - 65557))
    throw new GridReadError(
      'corrupt',
      `${name} 不完整或已损坏（可能未下载完整），请重新导出（truncated or corrupt file）`,
    );
  // Zip entry names are stored uncompressed: a workbook has xl/workbook.xml.
  if (
    lastIndexOf(
      buf,
      [...'xl/workbook.xml'].map((c) => c.charCodeAt(0)),
    ) < 0
  )
    throw new GridReadError(
      'not-workbook',
      `${name} 是压缩包（可能是改了扩展名的 Word 文档），不是 Excel 工作簿（a zip file, e.g. a renamed .docx, not an Excel workbook）`,
    );
}

export async function readGridFromBuffer(
  buf: Uint8Array,
  name = '文件',
): Promise<{ grid: Grid; workbook: ExcelJS.Workbook }> {
  if (buf.length > READ_LIMITS.maxFileBytes)
    throw new GridReadError(
      'too-large',
      `${name} 超过 ${READ_LIMITS.maxFileBytes / 1024 / 1024} MB，无法读取（file too large）`,
    );
  sniffWorkbook(buf, name);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  } catch (e) {
    throw new GridReadError(
      'corrupt',
      `${name} 已损坏或格式无法识别（corrupt workbook: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`,
    );
  }
  return { grid: gridFromWorkbook(workbook), workbook };
}

/** Turns an ExcelJS workbook (read from a file or built in memory) into the engine's Grid. */
export function gridFromWorkbook(workbook: ExcelJS.Workbook): Grid {
  const sheets: GridSheet[] = [];
  workbook.eachSheet((ws) => sheets.push(sheetFromWorksheet(ws)));
  return { sheets };
}

function sheetFromWorksheet(ws: ExcelJS.Worksheet): GridSheet {
  const rows: (GridCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const gc = cellFromExcelJS(cell);
      if (gc) cells[c - 1] = gc;
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
