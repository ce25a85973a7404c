/// <reference types="office-js" />
import type { RangeBox } from '../core/grid/grid';
import { rangeA1 } from '../core/grid/grid';
import { explain, isPayloadError } from './errors';
import { cellsOf, halveRows, packBySize, PAYLOAD_BUDGET, READ_BYTES_PER_CELL, rowBands } from './payload';
import { syncWithTimeout } from './timeout';

export type ArrayProp = 'values' | 'text' | 'numberFormat' | 'formulas';

export interface RangeRead {
  readonly sheet: string;
  readonly box: RangeBox;
}

/** One band of a read: its sheet and box, and the arrays loaded (by property). */
export interface LoadedBand extends RangeRead {
  readonly arrays: Readonly<Partial<Record<ArrayProp, readonly (readonly unknown[])[]>>>;
}

export interface LoadOptions {
  readonly ms: number;
  readonly budget?: number;
  /** Runs with the first sync: other loads to send along (the sheet list, say). */
  readonly first?: () => void;
}

/**
 * Loads the arrays of every box in as few syncs as the payload budget allows (reads change nothing, so each sync
 * runs under the timeout). Boxes are cut into row bands of an estimated size under the budget; a sync Excel still
 * refuses for its payload is split in halves — bands, then rows — and retried. Past about 5,000,000 cells per read
 * Excel returns null arrays (engineering-notes.md): that is an error naming the sheet and range.
 */
export async function loadRanges(
  ctx: Excel.RequestContext,
  reads: readonly RangeRead[],
  props: readonly ArrayProp[],
  step: string,
  options: LoadOptions,
): Promise<LoadedBand[]> {
  const budget = options.budget ?? PAYLOAD_BUDGET;
  const perCell = Math.max(1, (READ_BYTES_PER_CELL * props.length) / 4);
  const bands = reads.flatMap((r) => rowBands(r.box, budget / perCell).map((box) => ({ sheet: r.sheet, box })));
  const out: LoadedBand[] = [];
  let first = options.first;
  const todo = packBySize(bands, (b) => cellsOf(b.box) * perCell, budget).reverse();
  if (todo.length === 0 && first) todo.push([]);
  for (let pack = todo.pop(); pack; pack = todo.pop()) {
    const sheets = new Map<string, Excel.Worksheet>();
    const ranges = pack.map((b) => {
      let ws = sheets.get(b.sheet);
      if (!ws) sheets.set(b.sheet, (ws = ctx.workbook.worksheets.getItem(b.sheet)));
      const range = ws.getRange(rangeA1(b.box));
      range.load(props.join(','));
      return { band: b, range };
    });
    first?.();
    try {
      await syncWithTimeout(ctx, step, options.ms);
    } catch (e) {
      if (!isPayloadError(e)) throw explain(e, step);
      // Too big for one response: split and retry (the first loads go again with the first half).
      const split = splitPack(pack);
      if (!split) throw explain(e, step);
      todo.push(split[1], split[0]);
      continue;
    }
    first = undefined;
    for (const { band, range } of ranges) {
      const arrays: Partial<Record<ArrayProp, readonly (readonly unknown[])[]>> = {};
      for (const p of props) {
        const a = range[p] as unknown as readonly (readonly unknown[])[] | null;
        if (!a)
          throw new Error(
            `工作表「${band.sheet}」的区域 ${rangeA1(band.box)} 超过 Excel 单次读取的上限，无法读取；请删除多余的行列后重试。`,
          );
        arrays[p] = a;
      }
      out.push({ ...band, arrays });
    }
  }
  return out;
}

function splitPack(pack: RangeRead[]): [RangeRead[], RangeRead[]] | undefined {
  if (pack.length > 1) return [pack.slice(0, pack.length >> 1), pack.slice(pack.length >> 1)];
  if (pack.length === 0) return undefined;
  const halves = halveRows(pack[0].box);
  return halves && [[{ ...pack[0], box: halves[0] }], [{ ...pack[0], box: halves[1] }]];
}

/** Looks a cell up in loaded bands: the band and the index in its arrays, or undefined. */
export function bandIndex(bands: readonly LoadedBand[]) {
  const bySheet = new Map<string, LoadedBand[]>();
  for (const b of bands) bySheet.set(b.sheet, [...(bySheet.get(b.sheet) ?? []), b]);
  return (sheet: string, row: number, col: number) => {
    for (const b of bySheet.get(sheet) ?? [])
      if (row >= b.box.top && row <= b.box.bottom && col >= b.box.left && col <= b.box.right)
        return { band: b, i: row - b.box.top, j: col - b.box.left };
    return undefined;
  };
}
