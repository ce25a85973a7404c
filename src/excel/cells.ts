/// <reference types="office-js" />
import type { CellValue, GridCell, GridSheet, RangeBox, SheetVisibility } from '../core/grid/grid';
import { parseRangeA1 } from '../core/grid/grid';

/**
 * Conversions between what Office.js returns for a range (2-D arrays of values, text, number formats and
 * formulas) and the engine's GridCell. Pure functions: tested without Excel.
 */

/**
 * The error values Excel shows in `Range.values` (Office.js returns errors as these strings): the classic ones and
 * the newer ones of dynamic arrays, data types, linked data and Python in Excel (Excel.ErrorCellValueType and the
 * `Excel.*ErrorCellValue` types of the Office.js reference: #SPILL!, #CALC!, #FIELD!, #BLOCKED!, #BUSY!, #CONNECT!,
 * #UNKNOWN!, #PYTHON!, #TIMEOUT!, #EXTERNAL!, #GETTING_DATA).
 */
export const ERROR_CODES: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#BUSY!',
  '#CONNECT!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#TIMEOUT!',
  '#EXTERNAL!',
]);

const GENERAL = 'General';

export function visibilityFromOffice(v: Excel.SheetVisibility | `${Excel.SheetVisibility}` | string): SheetVisibility {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

export function visibilityToOffice(v: SheetVisibility): 'Visible' | 'Hidden' | 'VeryHidden' {
  return v === 'hidden' ? 'Hidden' : v === 'veryHidden' ? 'VeryHidden' : 'Visible';
}

/**
 * One cell from the four arrays. Empty (no value, no formula) → undefined. A value that reads like an error code
 * counts as an error (Office.js gives no other sign without loading valueTypes, which would enlarge the response).
 * A cell is a formula only where `formulas` differs from `values`: text typed as `'=…` comes back in `formulas` as
 * `=…` without its apostrophe (office-js#6687). (A formula whose result is its own text, ="=A1" style, reads as
 * text: rare, and reading text is the safe side.)
 */
export function cellFromOffice(value: unknown, text: unknown, numFmt: unknown, formula: unknown): GridCell | undefined {
  const f = typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula.slice(1) : undefined;
  if ((value === '' || value === null || value === undefined) && f === undefined) return undefined;
  let v: CellValue;
  if (value === '' || value === null || value === undefined) v = null;
  else if (typeof value === 'number' || typeof value === 'boolean') v = value;
  else if (typeof value === 'string' && ERROR_CODES.has(value)) v = { error: value };
  else v = String(value);
  const cell: { value: CellValue; text?: string; numFmt?: string; formula?: string } = { value: v };
  if (typeof text === 'string') cell.text = text;
  if (typeof numFmt === 'string' && numFmt !== '' && numFmt !== GENERAL) cell.numFmt = numFmt;
  if (f !== undefined) cell.formula = f;
  return cell;
}

export interface UsedRangeData {
  /** 0-based, as Office.js gives them. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly text: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
}

/** A sheet of the Grid from the bands of its used range (none for an empty sheet) and its merged areas. */
export function sheetFromOffice(
  name: string,
  visibility: SheetVisibility,
  bands: readonly UsedRangeData[],
  merges: readonly RangeBox[],
): GridSheet {
  const rows: (GridCell | undefined)[][] = [];
  for (const used of bands) {
    used.values.forEach((vals, i) => {
      const r = used.rowIndex + i;
      let row: (GridCell | undefined)[] | undefined;
      vals.forEach((v, j) => {
        const cell = cellFromOffice(v, used.text[i]?.[j], used.numberFormat[i]?.[j], used.formulas[i]?.[j]);
        if (!cell) return;
        row ??= rows[r] ??= [];
        row[used.columnIndex + j] = cell;
      });
    });
  }
  return { name, visibility, rows, merges };
}

/**
 * Splits an Office.js multi-area address — "Sheet1!A1:B2,Sheet1!D4:E5" or "'公开 01'!A1:B2, ..." — into boxes.
 * Commas inside a quoted sheet name do not split.
 */
export function parseAreasAddress(address: string): RangeBox[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  const boxes: RangeBox[] = [];
  for (const p of parts) {
    const t = p.trim();
    if (!t) continue;
    const box = parseRangeA1(t.slice(t.lastIndexOf('!') + 1).replace(/\$/g, ''));
    if (box) boxes.push(box);
  }
  return boxes;
}

/** What to write into `Range.formulas` for a cell's content: '=f' for a formula, '' to clear, else the value. */
export function contentToOffice(cell: { formula?: string; value?: CellValue } | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.error;
  // Text Excel would turn into something else when written — a formula ("=…", "+…", "-…", "@…"), a number
  // ("001", "1,234", "12%"), a boolean or a date — keeps an apostrophe, as typing it in Excel does.
  if (typeof v === 'string' && EXCEL_WOULD_CONVERT.some((re) => re.test(v))) return `'${v}`;
  return v;
}

const EXCEL_WOULD_CONVERT: readonly RegExp[] = [
  /^[=+\-@]/,
  /^\s*\(?[\d.,]+\)?%?\s*$/,
  /^\s*(true|false)\s*$/i,
  /^\s*\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?\s*$/,
];
