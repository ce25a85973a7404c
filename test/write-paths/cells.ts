import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { derivations } from '../../src/core/derive';
import { analyseGrid } from '../../src/core/engine';
import { a1, isCellError, refToString, type Grid } from '../../src/core/grid/grid';
import type { EditPlan } from '../../src/core/plan/types';
import { UNDO_SHEET } from '../../src/core/plan/undo-sheet';
import { cellFromExcelJS } from '../../src/io/exceljs-cell';
import type { FakeBook } from '../excel/fake-excel';

/** What a person sees in a cell: the formula ("=…") or the value, and its number format. */
export interface Content {
  /** null: an empty cell that keeps a number format. */
  readonly v: string | number | boolean | null;
  readonly numFmt?: string;
}
export type Contents = Map<string, Content>;

const fmt = (f: string | undefined) => (f && f !== 'General' ? f : undefined);
/** The journal's time stamps differ between runs; everything else must match exactly. */
const stamp = (v: Content['v']) => (typeof v === 'string' ? v.replace(/"at":"[^"]*"/g, '"at":"…"') : v);

export function gridContents(grid: Grid): Contents {
  const out: Contents = new Map();
  for (const s of grid.sheets)
    s.rows.forEach((row, i) =>
      row?.forEach((c, j) => {
        if (!c) return;
        const v = c.formula ? `=${c.formula}` : isCellError(c.value) ? c.value.error : c.value;
        if (v === null || v === '') return;
        out.set(`${s.name}!${a1(i + 1, j + 1)}`, { v: stamp(v), numFmt: fmt(c.numFmt) });
      }),
    );
  return out;
}

/**
 * Contents of an ExcelJS workbook, including empty cells that carry a number format (the Grid leaves those out),
 * and, unless `all`, without the tool's own undo sheet.
 */
export function workbookContents(wb: ExcelJS.Workbook, all = false): Contents {
  const out: Contents = new Map();
  wb.eachSheet((ws) => {
    if (!all && ws.name === UNDO_SHEET) return;
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const gc = cellFromExcelJS(cell);
        const numFmt = fmt(cell.numFmt);
        const formula = gc?.formula !== undefined ? cell.formula || gc.formula : undefined;
        const raw = gc?.value ?? null;
        const v = formula ? `=${formula}` : raw !== null && isCellError(raw) ? raw.error : raw;
        if ((v === null || v === '') && !numFmt) return;
        out.set(`${ws.name}!${a1(r, c)}`, { v: v === '' ? null : stamp(v), numFmt });
      }),
    );
  });
  return out;
}

export async function bytesContents(bytes: Uint8Array, all = false): Promise<Contents> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbookContents(wb, all);
}

export function bookContents(book: FakeBook): Contents {
  const out: Contents = new Map();
  for (const s of book.sheets)
    for (const [k, c] of s.cells) {
      const [row, col] = k.split(',').map(Number);
      const v = c.formula !== undefined ? `=${c.formula.replace(/^=/, '')}` : c.value;
      if (v === '') continue;
      out.set(`${s.name}!${a1(row, col)}`, { v: stamp(v), numFmt: fmt(c.numFmt) });
    }
  return out;
}

/** The contents a plan should leave: every edit applied in order over `before`, nothing else. */
export function expectedAfter(before: Contents, plan: EditPlan): Contents {
  const out: Contents = new Map(before);
  for (const e of plan.edits) {
    const key = refToString(e.ref);
    const prev = out.get(key);
    const hasContent = e.formula !== undefined || e.value !== undefined;
    const v: Content['v'] | undefined = !hasContent
      ? (prev?.v ?? undefined)
      : e.formula !== undefined
        ? `=${e.formula.replace(/^=/, '')}`
        : e.value === null || e.value === undefined
          ? undefined
          : isCellError(e.value)
            ? e.value.error
            : e.value;
    const numFmt = fmt(e.numFmt) ?? prev?.numFmt;
    if ((v === undefined || v === '') && !numFmt) out.delete(key);
    else out.set(key, { v: v === undefined || v === '' ? null : stamp(v), numFmt });
  }
  return out;
}

/** Same contents, cell by cell, with the differing cells named on failure. */
export function expectSame(actual: Contents, expected: Contents): void {
  const keys = new Set([...actual.keys(), ...expected.keys()]);
  const diff = [...keys]
    .filter((k) => JSON.stringify(actual.get(k)) !== JSON.stringify(expected.get(k)))
    .map((k) => ({ cell: k, actual: actual.get(k), expected: expected.get(k) }));
  expect(diff).toEqual([]);
}

export const SAMPLE = join(__dirname, '../../samples/heshan-zfb-2021.xlsx');

/**
 * The sample with work left for the fill: the first `blanks` derivable totals emptied, and one total typed wrong
 * (a conflict the fill must leave alone). Returns the workbook bytes and the cell typed wrong.
 */
export async function sampleWithGaps(blanks = 12): Promise<{ bytes: Uint8Array; typed: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
  const { gridFromWorkbook } = await import('../../src/io/workbook');
  const targets = derivations(analyseGrid(gridFromWorkbook(wb)).mapping).map((d) => d.target);
  const seen = new Set<string>();
  const unique = targets.filter((t) => !seen.has(refToString(t)) && seen.add(refToString(t)));
  for (const t of unique.slice(0, blanks)) wb.getWorksheet(t.sheet)!.getCell(t.row, t.col).value = null;
  const wrong = unique[unique.length - 1];
  wb.getWorksheet(wrong.sheet)!.getCell(wrong.row, wrong.col).value = 123456.78;
  return { bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), typed: refToString(wrong) };
}
