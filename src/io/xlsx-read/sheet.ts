import type { CellValue, GridCell, GridSheet, RangeBox, SheetVisibility } from '../../core/grid/grid';
import { parseRangeA1 } from '../../core/grid/grid';
import { GridReadError, type ReadLimits } from '../limits';
import { shiftFormula } from './formula-shift';
import { stringItem } from './parts';
import { attr, nextTag, textUntilTag } from './xml';

/**
 * One worksheet's XML → GridSheet: the same cells ExcelJS 4.4 gives through src/io/exceljs-cell.ts (value,
 * formula, number format, displayed text; merged ranges keep their value in the top-left cell only; a row that
 * holds values or lies in a merged range is present, possibly empty), except where ExcelJS is wrong:
 *   - a formula whose cached result is 0 reads 0 (ExcelJS: blank, as if never calculated);
 *   - a cell of a shared formula gets its own formula, moved from the master's (ExcelJS: the master's address).
 */

export interface SheetContext {
  readonly strings: readonly string[];
  readonly formats: readonly (string | undefined)[];
  readonly date1904: boolean;
  readonly limits: Pick<ReadLimits, 'maxRowsPerSheet' | 'maxCells'>;
  /** Cells read so far in the workbook (the maxCells limit is for all sheets). */
  readonly count: { cells: number };
  /** The file's name for messages. */
  readonly file: string;
}

/** ExcelJS's test for a date format (utils.isDateFmt): a y m d h s or b outside quotes and brackets. */
const dateFormats = new Map<string, boolean>();
function isDateFmt(fmt: string): boolean {
  let d = dateFormats.get(fmt);
  if (d === undefined) {
    d = /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
    dateFormats.set(fmt, d);
  }
  return d;
}

/** A serial date as ExcelJS converts it (utils.excelToDate), or undefined when it is no date. */
function serialToDate(v: number, date1904: boolean): Date | undefined {
  const d = new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** "C7" → row 7, col 3 (col 0 when the text is no cell address). */
function decodeRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36 /* $ */) break;
  }
  const row = parseInt(ref.slice(i), 10);
  return { row: Number.isFinite(row) ? row : 0, col };
}

interface Pending {
  row: number;
  col: number;
  si: string;
  value: CellValue;
  text: string;
  numFmt: string | undefined;
}

interface RawCell {
  t: string | undefined;
  s: number;
  v: string | undefined;
  /** The formula text, '' for a shared-formula child (filled from its master). */
  f: string | undefined;
  fType: string | undefined;
  si: string | undefined;
  isText: string | undefined;
}

export function readSheet(xml: string, name: string, visibility: SheetVisibility, ctx: SheetContext): GridSheet {
  const dataStart = findTag(xml, 'sheetData', 0);
  const dataEnd = dataStart < 0 ? -1 : findClose(xml, 'sheetData', dataStart);
  const merges = readMerges(xml, dataEnd < 0 ? 0 : dataEnd);
  const covered = coveredTest(merges);
  const rows: (GridCell | undefined)[][] = [];
  const masters = new Map<string, { row: number; col: number; formula: string }>();
  const pending: Pending[] = [];
  let rowCount = 0;
  const tooManyRows = () =>
    new GridReadError(
      'too-many-cells',
      `${ctx.file} 的工作表“${name}”有 ${rowCount} 行，超过 ${ctx.limits.maxRowsPerSheet} 行的上限，不像决算工作簿，已拒绝读取（refused: sheet has more than ${ctx.limits.maxRowsPerSheet} rows）`,
    );
  const addRow = (r: number): (GridCell | undefined)[] => {
    let cells = rows[r - 1];
    if (!cells) {
      if (++rowCount > ctx.limits.maxRowsPerSheet) throw tooManyRows();
      cells = rows[r - 1] = [];
    }
    return cells;
  };
  const put = (r: number, c: number, cell: GridCell) => {
    addRow(r)[c - 1] = cell;
    if (++ctx.count.cells > ctx.limits.maxCells)
      throw new GridReadError(
        'too-many-cells',
        `${ctx.file} 的单元格超过 ${ctx.limits.maxCells} 个，不像决算工作簿，已拒绝读取（refused: more than ${ctx.limits.maxCells} cells）`,
      );
  };

  let row = 0;
  let col = 0;
  let raw: RawCell | undefined;
  let cellRow = 0;
  let cellCol = 0;
  for (let t = dataStart < 0 ? undefined : nextTag(xml, dataStart); t && t.start < dataEnd; t = nextTag(xml, t.end)) {
    const tn = t.name;
    if (tn === 'row' && !t.closing) {
      const r = attr(t.attrs, 'r');
      row = r ? parseInt(r, 10) : row + 1;
      if (!(row >= 1 && row <= 1048576)) throw badCell(ctx.file, name, `row ${r ?? ''}`);
      col = 0;
    } else if (tn === 'c' && !t.closing) {
      const r = attr(t.attrs, 'r');
      if (r) {
        const p = decodeRef(r);
        if (p.row !== row && p.row >= 1 && row === 0) row = p.row;
        cellRow = p.row || row;
        cellCol = p.col || col + 1;
      } else {
        cellRow = row;
        cellCol = col + 1;
      }
      if (!(cellRow >= 1 && cellRow <= 1048576 && cellCol >= 1 && cellCol <= 16384))
        throw badCell(ctx.file, name, r ?? `${cellRow}/${cellCol}`);
      col = cellCol;
      const s = attr(t.attrs, 's');
      raw = {
        t: attr(t.attrs, 't'),
        s: s ? parseInt(s, 10) : 0,
        v: undefined,
        f: undefined,
        fType: undefined,
        si: undefined,
        isText: undefined,
      };
      if (t.selfClosing) {
        finishCell(raw);
        raw = undefined;
      }
    } else if (tn === 'c' && t.closing) {
      if (raw) finishCell(raw);
      raw = undefined;
    } else if (!raw || t.closing) {
      continue;
    } else if (tn === 'v') {
      if (!t.selfClosing) {
        const v = textUntilTag(xml, t.end);
        raw.v = (raw.v ?? '') + v.text;
      }
    } else if (tn === 'f') {
      raw.fType = attr(t.attrs, 't');
      raw.si = attr(t.attrs, 'si');
      raw.f = t.selfClosing ? '' : textUntilTag(xml, t.end).text;
    } else if (tn === 'is') {
      if (!t.selfClosing) {
        const item = stringItem(xml, t.end, 'is', false);
        raw.isText = item.text;
        t = { ...t, end: item.end };
      }
    }
  }

  function finishCell(c: RawCell): void {
    if (covered(cellRow, cellCol)) return;
    const numFmt = c.s > 0 ? ctx.formats[c.s] : undefined;
    const date = numFmt !== undefined && isDateFmt(numFmt);
    const isFormula = (c.f !== undefined && c.f !== '') || c.fType !== undefined;
    if (isFormula) {
      let result: CellValue | Date | undefined;
      if (c.v !== undefined && c.v !== '') {
        if (c.t === 'str') result = c.v;
        else if (c.t === 'b') result = parseInt(c.v, 10) !== 0;
        else if (c.t === 'e') result = { error: c.v };
        else {
          const n = parseFloat(c.v);
          result = date ? (serialToDate(n, ctx.date1904) ?? n) : n;
        }
      }
      const value = toValue(result);
      const text = result === undefined || result === null || result === false ? '' : textOf(result);
      if (c.fType === 'shared' && c.si !== undefined && (c.f === undefined || c.f === '')) {
        // A child of a shared formula: its formula comes from the master (which may come later in the file).
        pending.push({ row: cellRow, col: cellCol, si: c.si, value, text, numFmt });
        addRow(cellRow);
        return;
      }
      const formula = c.f;
      if (c.fType === 'shared' && c.si !== undefined && formula)
        masters.set(c.si, { row: cellRow, col: cellCol, formula });
      put(cellRow, cellCol, { value, formula, numFmt, text });
      return;
    }
    if (c.v === undefined && c.isText === undefined) return; // styled but empty
    let value: CellValue | Date;
    switch (c.t) {
      case 's': {
        const s = ctx.strings[parseInt(c.v ?? '', 10)];
        if (s === undefined) return;
        value = s;
        break;
      }
      case 'str':
        value = c.v ?? '';
        break;
      case 'inlineStr':
        if (c.isText === undefined || c.isText === '') return;
        value = c.isText;
        break;
      case 'b':
        value = parseInt(c.v ?? '', 10) !== 0;
        break;
      case 'e':
        value = { error: c.v ?? '' };
        break;
      default: {
        if (c.v === undefined || c.v === '') return;
        const n = parseFloat(c.v);
        value = date ? (serialToDate(n, ctx.date1904) ?? n) : n;
      }
    }
    put(cellRow, cellCol, { value: toValue(value), formula: undefined, numFmt, text: textOf(value) });
  }

  for (const p of pending) {
    const m = masters.get(p.si);
    const formula = m ? shiftFormula(m.formula, p.row - m.row, p.col - m.col) : undefined;
    put(p.row, p.col, { value: p.value, formula, numFmt: p.numFmt, text: p.text });
  }
  // ExcelJS lists every row a merged range touches (the range's other cells hold the merge, not nothing).
  // (addRow stops a hostile range of a million rows at the row limit.)
  for (const m of merges) for (let r = Math.max(1, m.top); r <= Math.min(m.bottom, 1048576); r++) addRow(r);
  return { name, visibility, rows, merges };
}

function toValue(v: CellValue | Date | undefined): CellValue {
  if (v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v;
}

/** The displayed text ExcelJS reports (cell.text: the value's toString, an error's code). */
function textOf(v: CellValue | Date): string {
  if (v === null) return '';
  if (typeof v === 'object' && !(v instanceof Date)) return v.error;
  return v.toString();
}

function badCell(file: string, sheet: string, what: string): GridReadError {
  return new GridReadError(
    'corrupt',
    `${file} 已损坏或格式无法识别（corrupt workbook: sheet ${sheet} has an invalid cell address ${what}）`,
  );
}

/** Index of the start tag `<name` or `<prefix:name` at or after `from`, or -1. */
function findTag(xml: string, name: string, from: number): number {
  for (let t = nextTag(xml, from); t; t = nextTag(xml, t.end))
    if (!t.closing && t.name === name) return t.selfClosing ? -1 : t.start;
  return -1;
}

function findClose(xml: string, name: string, from: number): number {
  const re = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${name}\\s*>`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  return m ? m.index : xml.length;
}

function readMerges(xml: string, from: number): RangeBox[] {
  const merges: RangeBox[] = [];
  const re = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*["']([^"']+)["']/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const box = parseRangeA1(m[1]);
    if (box) merges.push(box);
  }
  return merges;
}

/** A test for "inside a merged range but not its top-left cell" (those cells hold nothing of their own). */
function coveredTest(merges: readonly RangeBox[]): (row: number, col: number) => boolean {
  if (merges.length === 0) return () => false;
  const byRow = new Map<number, RangeBox[]>();
  const tall: RangeBox[] = [];
  for (const m of merges) {
    if (m.bottom - m.top > 256) {
      tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  const inside = (m: RangeBox, row: number, col: number) =>
    row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left);
  return (row, col) => {
    const list = byRow.get(row);
    if (list) for (const m of list) if (inside(m, row, col)) return true;
    for (const m of tall) if (inside(m, row, col)) return true;
    return false;
  };
}
