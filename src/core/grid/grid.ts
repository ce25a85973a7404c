/**
 * Grid: what any source (an .xlsx file, Office.js, a test) gives the engine — sheets of cells with their raw
 * value, displayed text, number format and formula, plus merged ranges. Rows and columns are 1-based, as in Excel.
 */

/** An Excel error value such as #REF! or #DIV/0!. */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | null | CellError;

export interface GridCell {
  readonly value: CellValue;
  /** The text Excel displays (after number formatting), when the source knows it. */
  readonly text?: string;
  readonly numFmt?: string;
  /** Formula without the leading "=". */
  readonly formula?: string;
}

export interface RangeBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface GridSheet {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** rows[r-1][c-1]; missing entries are empty cells. */
  readonly rows: ReadonlyArray<ReadonlyArray<GridCell | undefined> | undefined>;
  readonly merges: readonly RangeBox[];
}

export interface Grid {
  readonly sheets: readonly GridSheet[];
}

export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function getCell(sheet: GridSheet, row: number, col: number): GridCell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

export function rowCount(sheet: GridSheet): number {
  return sheet.rows.length;
}

export function colCount(sheet: GridSheet): number {
  let n = 0;
  for (const r of sheet.rows) if (r && r.length > n) n = r.length;
  return n;
}

export function findSheet(grid: Grid, name: string): GridSheet | undefined {
  return grid.sheets.find((s) => s.name === name);
}

/** Column number → letters: 1 → A, 27 → AA. */
export function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${colLetters(col)}${row}`;
}

export function parseA1(addr: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
  return m ? { row: Number(m[2]), col: lettersToCol(m[1]) } : undefined;
}

export function rangeA1(box: RangeBox): string {
  return `${a1(box.top, box.left)}:${a1(box.bottom, box.right)}`;
}

export function parseRangeA1(text: string): RangeBox | undefined {
  const [from, to = from] = text.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  return a && b ? boundingBox([a, b]) : undefined;
}

/** The smallest box holding every given cell (at least one). */
export function boundingBox(cells: readonly { readonly row: number; readonly col: number }[]): RangeBox {
  return {
    top: Math.min(...cells.map((c) => c.row)),
    left: Math.min(...cells.map((c) => c.col)),
    bottom: Math.max(...cells.map((c) => c.row)),
    right: Math.max(...cells.map((c) => c.col)),
  };
}

/** "公开01表!C7" — how findings and the UI name a cell. */
export function refToString(ref: CellRef): string {
  return `${ref.sheet}!${a1(ref.row, ref.col)}`;
}

/** Parses "Sheet!C7" or "'My sheet'!C7". */
export function parseRef(text: string): CellRef | undefined {
  const i = text.lastIndexOf('!');
  if (i <= 0) return undefined;
  let sheet = text.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const p = parseA1(text.slice(i + 1));
  return p ? { sheet, ...p } : undefined;
}

/** Sheet name as a formula needs it: always quoted, quotes doubled ('收入支出决算总表'!C7). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The merged range covering a cell, if any. */
export function mergeAt(sheet: GridSheet, row: number, col: number): RangeBox | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Text of a cell as a person sees it: displayed text, else the raw value; errors as their code. */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined && cell.text !== '') return cell.text;
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  return String(v);
}

/** A small builder for tests and generators: rows of plain values. */
export function sheetFromRows(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<CellValue | GridCell | undefined>>,
  merges: RangeBox[] = [],
): GridSheet {
  return {
    name,
    visibility: 'visible',
    merges,
    rows: rows.map((r) =>
      r.map((v) =>
        v === undefined
          ? undefined
          : typeof v === 'object' && v !== null && 'value' in v
            ? v
            : { value: v as CellValue },
      ),
    ),
  };
}
