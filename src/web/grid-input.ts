import { parseAmount, toHalfWidth } from '../core/decimal/amount';
import { Dec } from '../core/decimal/dec';
import type { CellValue, Grid, GridCell } from '../core/grid/grid';
import { cellText, getCell, isCellError, refToString, type CellRef } from '../core/grid/grid';
import type { SuppKind } from '../core/model/types';
import type { EditPlan } from '../core/plan/types';
import { locateSupplementary, SUPP_COLS, suppFieldFor, suppNumFmt } from '../core/supplementary';

/**
 * The cells a web user may type into: on the 补充信息 sheet, the 数值 and 说明/原因 cells of every line whose
 * 字段代码 the schema knows (src/core/supplementary/schema.ts) — the inputs the 补充信息 step lists. Every other
 * cell of the workbook stays read-only in the grid (the tool never changes a cell that is not an input).
 */
export interface InputCell {
  readonly ref: CellRef;
  readonly key: string;
  readonly label: string;
  /** The line's kind for its 数值 cell; 'note' for the free 说明/原因 cell. */
  readonly kind: SuppKind | 'note';
}

export function inputKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

/** The input cells of the workbook by inputKey (none without a 补充信息 sheet). */
export function inputCells(grid: Grid): ReadonlyMap<string, InputCell> {
  const out = new Map<string, InputCell>();
  const loc = locateSupplementary(grid);
  if (!loc) return out;
  const { sheet, headerRow, keyCol, valueCol } = loc;
  const labelCol = SUPP_COLS.label - SUPP_COLS.key + keyCol;
  const noteCol = SUPP_COLS.note - SUPP_COLS.key + keyCol;
  const seen = new Set<string>();
  for (let r = headerRow + 1; r <= sheet.rows.length; r++) {
    const key = toHalfWidth(cellText(getCell(sheet, r, keyCol))).trim();
    const field = key ? suppFieldFor(key) : undefined;
    // A repeated key is read from its first line only (readSupplementary): the copy is not an input.
    if (!field || seen.has(key)) continue;
    seen.add(key);
    const label = (labelCol >= 1 ? cellText(getCell(sheet, r, labelCol)).trim() : '') || field.label;
    const add = (col: number, kind: InputCell['kind']) =>
      out.set(inputKey(sheet.name, r, col), { ref: { sheet: sheet.name, row: r, col }, key, label, kind });
    add(valueCol, field.kind);
    if (noteCol >= 1 && noteCol !== valueCol && noteCol !== keyCol) add(noteCol, 'note');
  }
  return out;
}

/** What the edit box starts with: the cell's own value (a number unformatted, so that nothing is rounded away). */
export function inputDraft(cell: GridCell | undefined): string {
  const v = cell?.value;
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return Dec.fromNumber(v).normalize().toFixed();
  if (typeof v === 'boolean' || isCellError(v)) return cellText(cell);
  return v;
}

export type ParsedInput =
  | { readonly ok: true; readonly value: CellValue; readonly numFmt?: string }
  | { readonly ok: false; readonly message: string };

const KIND_NAME: Record<SuppKind, string> = {
  amount: '金额',
  count: '整数（人数、个数等）',
  percent: '百分比数字',
  score: '分数',
  text: '文字',
};

/**
 * Checks what was typed for an input cell. Numbers are read decimal-exactly as the reader reads them ("1,234.56",
 * full-width digits, "(12.30)" accepted) and written as the number with exactly those digits; text in a number
 * cell, a negative or fractional count, or more digits than Excel keeps (15 significant) are refused with a
 * message naming the cell. Blank clears the cell.
 */
export function parseInput(input: InputCell, typed: string, cell: GridCell | undefined): ParsedInput {
  const where = `${refToString(input.ref)}（${input.label}）`;
  if (cell?.formula !== undefined)
    return { ok: false, message: `${where}是公式单元格，请在 Excel 中修改公式，本页面不改写公式` };
  const text = typed.trim();
  if (input.kind === 'text' || input.kind === 'note') return { ok: true, value: text === '' ? null : text };
  if (text === '') return { ok: true, value: null };
  const raw = input.kind === 'percent' ? text.replace(/[%％]$/, '') : text;
  const parsed = parseAmount(raw);
  if (parsed.kind === 'empty') return { ok: true, value: null };
  const want = KIND_NAME[input.kind];
  if (parsed.kind === 'invalid') return { ok: false, message: `${where}应填${want}：${parsed.reason}，未保存` };
  const d = parsed.value.normalize();
  if (input.kind === 'count' && (d.sign() < 0 || d.scale > 0))
    return { ok: false, message: `${where}应填不小于 0 的整数，“${typed.trim()}”未保存` };
  const n = Number(d.toFixed());
  // The number Excel will hold must be exactly the decimal typed (at most 15 significant digits survive).
  if (!Number.isFinite(n) || !Dec.fromNumber(n).eq(d))
    return {
      ok: false,
      message: `${where}的“${typed.trim()}”位数过多，Excel 无法精确保存（最多 15 位有效数字），未保存`,
    };
  const numFmt = cell?.numFmt ? undefined : suppNumFmt(input.kind);
  return { ok: true, value: n, numFmt: numFmt === 'General' ? undefined : numFmt };
}

/** The write of one typed input: a plan like every write, so it is saved, counted and undone the same way. */
export function inputPlan(input: InputCell, parsed: ParsedInput & { ok: true }): EditPlan {
  const edit = { ref: input.ref, value: parsed.value, reason: `补充信息：${input.label}` };
  return { createSheets: [], edits: [parsed.numFmt ? { ...edit, numFmt: parsed.numFmt } : edit] };
}

/** Whether the typed value is what the cell already holds (then nothing is written). */
export function sameAsCell(parsed: ParsedInput & { ok: true }, cell: GridCell | undefined): boolean {
  const v = cell?.value ?? null;
  return v === parsed.value || (v === '' && parsed.value === null);
}
