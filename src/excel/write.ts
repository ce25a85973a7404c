/// <reference types="office-js" />
import type { CellRef, GridCell } from '../core/grid/grid';
import { colLetters, rangeA1 } from '../core/grid/grid';
import type { CellEdit, EditPlan, UndoRecord } from '../core/plan/types';
import { coverBoxes } from './blocks';
import { cellFromOffice, contentToOffice, visibilityToOffice } from './cells';
import { DEFAULT_SYNC_TIMEOUT_MS, syncWithTimeout, withContext, type GatewayOptions } from './timeout';

/** Above this many edited cells, recalculation waits until the write sync ends (ExcelApi 1.6). */
export const SUSPEND_CALC_ABOVE = 500;

type Content = string | number | boolean;

/** One cell to write: content (null = leave unchanged) and number format (null = leave unchanged). */
interface CellWrite {
  readonly content: Content | null;
  readonly numFmt: string | null;
}

/**
 * Applies a whole plan in two syncs: one to read the old contents of every edited cell (for undo) and the sheet
 * names, one to create sheets and write all values, formulas and number formats. Each sheet's edits are covered by a
 * few rectangles (coverBoxes: at most MAX_BOXES_PER_SHEET unless one passes MAX_RANGE_CELLS), so the number of range
 * proxies does not grow with the workbook (issue 7). Each rectangle is one Range, loaded in the first sync and
 * written in the second with 2-D arrays holding null for every cell outside the plan: Office.js leaves such a cell
 * unchanged — value, formula and number format (docs: "Blank and null values in Excel add-ins", null input in a 2-D
 * array). Nothing is written back: a spilled cell, an array formula, text that looks like a number or an edit made by
 * someone else between the two syncs stays exactly as it is. Not documented, not yet tried in Excel: whether a write
 * whose box only partly covers a merged area or a legacy (Ctrl+Shift+Enter) array formula, with null there, is
 * refused. Returns the record that `undo` needs.
 */
export async function applyPlan(
  plan: EditPlan,
  context?: Excel.RequestContext,
  options: GatewayOptions = {},
): Promise<UndoRecord> {
  if (plan.createSheets.length === 0 && plan.edits.length === 0) return { cells: [], createdSheets: [] };
  const ms = options.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  const edits = lastEditPerCell(plan.edits);
  const created = new Set(plan.createSheets.map((s) => s.name));
  return withContext(context, async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name');
    const sheets = new Map<string, Excel.Worksheet>();
    const sheet = (name: string) => {
      let ws = sheets.get(name);
      if (!ws) sheets.set(name, (ws = worksheets.getItem(name)));
      return ws;
    };

    // 1. Read the old contents of the boxes covering the edits of every existing sheet.
    const reads = [...bySheet(edits)]
      .filter(([name]) => !created.has(name))
      .flatMap(([name, list]) =>
        coverBoxes(list.map((e) => ({ row: e.ref.row, col: e.ref.col, item: e }))).map((block) => {
          const range = sheet(name).getRange(rangeA1(block.box));
          range.load('values,numberFormat,formulas');
          return { name, block, range };
        }),
      );
    try {
      await syncWithTimeout(ctx, '读取将被改写的单元格', ms);
    } catch (e) {
      throw readFailure(e, [...new Set(reads.map((r) => r.name))]);
    }
    const existing = new Set(worksheets.items.map((w) => w.name));
    const clash = plan.createSheets.filter((s) => existing.has(s.name)).map((s) => `「${s.name}」`);
    if (clash.length) throw new Error(`工作簿中已有工作表 ${clash.join('、')}，未做任何修改。`);
    for (const { name, block, range } of reads)
      if (!range.values || !range.formulas || !range.numberFormat)
        // Past about 5,000,000 cells per read Excel returns null arrays (engineering-notes.md).
        throw new Error(
          `工作表「${name}」中将被改写的区域 ${rangeA1(block.box)} 超过 Excel 单次读取的上限，未做任何修改。`,
        );

    const before: { ref: CellRef; before: GridCell | undefined }[] = [];
    for (const { block, range } of reads)
      block.items.forEach((row, i) =>
        row.forEach((edit, j) => {
          if (!edit) return;
          const cell =
            cellFromOffice(range.values[i][j], undefined, range.numberFormat[i][j], range.formulas[i][j]) ??
            emptyWithFormat(range.numberFormat[i][j]);
          before.push({ ref: edit.ref, before: cell });
        }),
      );
    for (const e of edits) if (created.has(e.ref.sheet)) before.push({ ref: e.ref, before: undefined });

    // 2. Create sheets and write everything in one sync, through the ranges read above.
    if (edits.length > SUSPEND_CALC_ABOVE) ctx.application.suspendApiCalculationUntilNextSync();
    const hide: { ws: Excel.Worksheet; visibility: 'Visible' | 'Hidden' | 'VeryHidden' }[] = [];
    for (const s of plan.createSheets) {
      const ws = worksheets.add(s.name);
      sheets.set(s.name, ws);
      s.widths?.forEach((w, i) => {
        const col = colLetters(i + 1);
        ws.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(w);
      });
      s.wrap?.forEach((c) => {
        const col = colLetters(c);
        ws.getRange(`${col}:${col}`).format.wrapText = true;
      });
      if (s.visibility !== 'visible') hide.push({ ws, visibility: visibilityToOffice(s.visibility) });
    }
    for (const { block, range } of reads)
      writeBox(
        range,
        block.items.map((r) => r.map((e) => e && editToWrite(e))),
      );
    writeCells(
      sheet,
      edits.filter((e) => created.has(e.ref.sheet)).map((e) => ({ ref: e.ref, write: editToWrite(e) })),
    );
    for (const h of hide) h.ws.visibility = h.visibility as Excel.SheetVisibility;
    await syncWithTimeout(ctx, '写入工作簿', ms);
    return { cells: before, createdSheets: plan.createSheets.map((s) => s.name) };
  });
}

/**
 * Restores every cell of the record and deletes the sheets the plan created — one sync, through the same few
 * rectangles per sheet as `applyPlan` (null for every cell not in the record: left unchanged).
 */
export async function undo(
  record: UndoRecord,
  context?: Excel.RequestContext,
  options: GatewayOptions = {},
): Promise<void> {
  if (record.cells.length === 0 && record.createdSheets.length === 0) return;
  const ms = options.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  const created = new Set(record.createdSheets);
  return withContext(context, async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    const sheets = new Map<string, Excel.Worksheet>();
    const sheet = (name: string) => {
      let ws = sheets.get(name);
      if (!ws) sheets.set(name, (ws = worksheets.getItem(name)));
      return ws;
    };
    const restore = record.cells.filter((c) => !created.has(c.ref.sheet));
    if (restore.length > SUSPEND_CALC_ABOVE) ctx.application.suspendApiCalculationUntilNextSync();
    writeCells(
      sheet,
      restore.map((c) => ({
        ref: c.ref,
        write: { content: contentToOffice(c.before), numFmt: c.before?.numFmt ?? '' },
      })),
    );
    for (const name of record.createdSheets) sheet(name).delete();
    await syncWithTimeout(ctx, '撤销写入', ms);
  });
}

/** Queues the writes (no sync): per sheet, per covering box, one `formulas` and one `numberFormat` array. */
function writeCells(sheet: (name: string) => Excel.Worksheet, cells: readonly { ref: CellRef; write: CellWrite }[]) {
  for (const [name, list] of bySheet(cells.map((c) => ({ ref: c.ref, ...c.write }))))
    for (const block of coverBoxes(list.map((c) => ({ row: c.ref.row, col: c.ref.col, item: c }))))
      writeBox(sheet(name).getRange(rangeA1(block.box)), block.items);
}

/**
 * One box: `formulas` (content) and `numberFormat`, each only if some cell sets it. null — for a cell outside the
 * plan, or a field the plan leaves alone — leaves that cell's content or format unchanged.
 */
function writeBox(range: Excel.Range, items: readonly (readonly (CellWrite | undefined)[])[]) {
  const content = items.map((r) => r.map((c) => c?.content ?? null));
  if (content.some((r) => r.some((c) => c !== null))) range.formulas = content as unknown as string[][];
  const formats = items.map((r) => r.map((c) => c?.numFmt ?? null));
  if (formats.some((r) => r.some((c) => c !== null))) range.numberFormat = formats as unknown as string[][];
}

function editToWrite(e: CellEdit): CellWrite {
  const hasContent = e.formula !== undefined || e.value !== undefined;
  return { content: hasContent ? contentToOffice(e) : null, numFmt: e.numFmt ?? null };
}

/** Later edits of the same cell override earlier ones field by field. */
function lastEditPerCell(edits: readonly CellEdit[]): CellEdit[] {
  const m = new Map<string, CellEdit>();
  for (const e of edits) {
    const k = `${e.ref.sheet}\u0000${e.ref.row}\u0000${e.ref.col}`;
    const prev = m.get(k);
    if (!prev) m.set(k, e);
    else if (e.formula !== undefined || e.value !== undefined)
      m.set(k, {
        ...e,
        numFmt: e.numFmt ?? prev.numFmt,
        formula: e.formula,
        value: e.formula !== undefined ? undefined : e.value,
      });
    else m.set(k, { ...prev, numFmt: e.numFmt ?? prev.numFmt });
  }
  return [...m.values()];
}

function bySheet<T extends { ref: CellRef }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const list = m.get(it.ref.sheet);
    if (list) list.push(it);
    else m.set(it.ref.sheet, [it]);
  }
  return m;
}

/** An empty cell that carries a number format: kept so that undo restores the format too. */
function emptyWithFormat(numFmt: unknown): GridCell | undefined {
  return typeof numFmt === 'string' && numFmt !== '' && numFmt !== 'General' ? { value: null, numFmt } : undefined;
}

/** Column width: characters (as in ExcelJS) → points (Office.js); a character of the default font is about 7 px. */
function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function readFailure(e: unknown, sheets: string[]): Error {
  if (e instanceof Error && e.name === 'ExcelTimeoutError') return e;
  const names = sheets.map((s) => `「${s}」`).join('、');
  const why = e instanceof Error ? e.message : String(e);
  return new Error(`写入前读取原内容失败，未做任何修改（涉及工作表 ${names || '（无）'}；可能已被改名或删除）：${why}`);
}
