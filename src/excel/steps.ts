/// <reference types="office-js" />
import type { CellRef, RangeBox } from '../core/grid/grid';
import { rangeA1 } from '../core/grid/grid';
import type { UndoRecord } from '../core/plan/types';
import { coverBoxes } from './blocks';
import { contentToOffice } from './cells';
import { jsonBytes, packBySize, PAYLOAD_BUDGET } from './payload';

/** Above this many edited cells, recalculation waits until each write sync ends (ExcelApi 1.6). */
export const SUSPEND_CALC_ABOVE = 500;

export type Content = string | number | boolean;

/** One cell to write: content (null = leave unchanged) and number format (null = leave unchanged). */
export interface CellWrite {
  readonly content: Content | null;
  readonly numFmt: string | null;
}

/** One sync of a write: queues its commands on the context; `bytes` is the size of what it sends. */
export interface Step {
  readonly bytes: number;
  /** The cells it writes (for "which cells may have changed" when it fails). */
  readonly cells: readonly CellRef[];
  /** `sheet(name)` gives the worksheet's proxy; `sheet(name, ws)` records a sheet the step creates. */
  readonly queue: (ctx: Excel.RequestContext, sheet: SheetProxy) => void;
}

export type SheetProxy = (name: string, created?: Excel.Worksheet) => Excel.Worksheet;

interface Piece {
  readonly sheet: string;
  readonly box: RangeBox;
  readonly content: (Content | null)[][];
  readonly formats: (string | null)[][];
  readonly cells: CellRef[];
  readonly bytes: number;
}

/**
 * The syncs that write `cells`: per sheet the few covering rectangles of coverBoxes (null for every cell outside
 * the list: Office.js leaves it unchanged), each cut into bands of rows whose `formulas` and `numberFormat` arrays,
 * measured as JSON, stay under the budget; bands packed into syncs under the budget (Excel on the web refuses a
 * request over about 5 MB). `prefix` runs at the start of the first sync (creating and hiding sheets).
 */
export function writeSteps(
  cells: readonly { ref: CellRef; write: CellWrite }[],
  options: { budget?: number; suspendCalc?: boolean; prefix?: Step['queue'] } = {},
): Step[] {
  const budget = options.budget ?? PAYLOAD_BUDGET;
  const pieces: Piece[] = [];
  for (const [sheet, list] of bySheet(cells))
    for (const block of coverBoxes(list.map((c) => ({ row: c.ref.row, col: c.ref.col, item: c }))))
      pieces.push(...bands(sheet, block.box, block.items, budget));
  const packs = packBySize(pieces, (p) => p.bytes, budget);
  if (packs.length === 0 && options.prefix) packs.push([]);
  return packs.map((pack, i) => ({
    bytes: pack.reduce((a, p) => a + p.bytes, 0),
    cells: pack.flatMap((p) => p.cells),
    queue: (ctx, sheet) => {
      if (i === 0) options.prefix?.(ctx, sheet);
      if (options.suspendCalc && pack.length) ctx.application.suspendApiCalculationUntilNextSync();
      for (const p of pack) {
        const range = sheet(p.sheet).getRange(rangeA1(p.box));
        if (p.content.some((r) => r.some((c) => c !== null))) range.formulas = p.content as unknown as string[][];
        if (p.formats.some((r) => r.some((c) => c !== null))) range.numberFormat = p.formats as unknown as string[][];
      }
    },
  }));
}

/** A box's arrays cut into bands of rows each under the budget (a single row over it stays one band). */
function bands(
  sheet: string,
  box: RangeBox,
  items: readonly (readonly ({ ref: CellRef; write: CellWrite } | undefined)[])[],
  budget: number,
): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  let bytes = 0;
  const rows = items.map((r) => ({
    content: r.map((c) => c?.write.content ?? null),
    formats: r.map((c) => c?.write.numFmt ?? null),
    cells: r.flatMap((c) => (c ? [c.ref] : [])),
  }));
  const sizes = rows.map((r) => jsonBytes(r.content) + jsonBytes(r.formats));
  const flush = (end: number) => {
    if (end <= start) return;
    const part = rows.slice(start, end);
    out.push({
      sheet,
      box: { ...box, top: box.top + start, bottom: box.top + end - 1 },
      content: part.map((r) => r.content),
      formats: part.map((r) => r.formats),
      cells: part.flatMap((r) => r.cells),
      bytes: bytes + 200,
    });
    start = end;
    bytes = 0;
  };
  sizes.forEach((s, i) => {
    if (i > start && bytes + s > budget) flush(i);
    bytes += s;
  });
  flush(rows.length);
  return out;
}

/**
 * Runs the steps one sync each, in order, with no timeout: a sync cannot be cancelled (a timer only stops waiting
 * while the write still lands — engineering-notes.md), so a slow write is shown as progress instead. Rejects with
 * the failing step's index and error; steps before it are applied, steps after it never ran.
 */
export async function runSteps(
  ctx: Excel.RequestContext,
  steps: readonly Step[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet: SheetProxy = (name, created) => {
    if (created) sheets.set(name, created);
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = ctx.workbook.worksheets.getItem(name)));
    return ws;
  };
  for (let i = 0; i < steps.length; i++) {
    steps[i].queue(ctx, sheet);
    try {
      await ctx.sync();
    } catch (error) {
      throw new StepFailure(i, error);
    }
    onProgress?.(i + 1, steps.length);
  }
}

export class StepFailure extends Error {
  constructor(
    readonly index: number,
    readonly error: unknown,
  ) {
    super(error instanceof Error ? error.message : String(error));
    this.name = 'StepFailure';
  }
}

export function bySheet<T extends { ref: CellRef }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const list = m.get(it.ref.sheet);
    if (list) list.push(it);
    else m.set(it.ref.sheet, [it]);
  }
  return m;
}

/** The syncs that put cells back as they were (content and number format; General where there was none). */
export function restoreSteps(cells: UndoRecord['cells'], budget?: number): Step[] {
  return writeSteps(
    cells.map((c) => ({
      ref: c.ref,
      write: { content: contentToOffice(c.before), numFmt: c.before?.numFmt ?? 'General' },
    })),
    { budget, suspendCalc: cells.length > SUSPEND_CALC_ABOVE },
  );
}

/**
 * `steps` followed by deleting sheets a write created — in their last sync when there is one. A VeryHidden sheet is
 * set Hidden first: Excel refuses to delete it (InvalidOperation; office-js#365, Microsoft's answer there).
 */
export function thenDeleteSheets(
  steps: readonly Step[],
  names: readonly string[],
  visibility: ReadonlyMap<string, string>,
): Step[] {
  if (names.length === 0) return [...steps];
  const del: Step['queue'] = (_ctx, sheet) => {
    for (const n of names) {
      const ws = sheet(n);
      if (visibility.get(n) === 'veryHidden') ws.visibility = 'Hidden' as Excel.SheetVisibility;
      ws.delete();
    }
  };
  const last = steps[steps.length - 1];
  if (!last) return [{ bytes: 100 * names.length, cells: [], queue: del }];
  return [
    ...steps.slice(0, -1),
    {
      ...last,
      queue: (ctx, sheet) => {
        last.queue(ctx, sheet);
        del(ctx, sheet);
      },
    },
  ];
}
