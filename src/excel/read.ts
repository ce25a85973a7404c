/// <reference types="office-js" />
import type { Grid, RangeBox } from '../core/grid/grid';
import { rangeA1 } from '../core/grid/grid';
import { parseAreasAddress, sheetFromOffice, visibilityFromOffice, type UsedRangeData } from './cells';
import { explain } from './errors';
import { loadRanges } from './load-ranges';
import { halveRows } from './payload';
import { DEFAULT_SYNC_TIMEOUT_MS, syncWithTimeout, withContext, type GatewayOptions } from './timeout';

export interface ReadOptions extends GatewayOptions {
  /** Bytes per response to aim under (default PAYLOAD_BUDGET, Excel on the web's 5 MB with a margin). */
  readonly budget?: number;
}

/**
 * Reads everything the engine needs from every sheet, in three syncs for an ordinary workbook:
 * 1. the sheet list (names, visibility);
 * 2. every sheet's used range (position and size only) and its merged areas;
 * 3. the used ranges' values, displayed text, number formats and formulas — cut into more syncs only when the
 *    response would pass Excel on the web's 5 MB (loadRanges).
 * `getMergedAreasOrNullObject` fails above 512 merged areas (engineering-notes.md); when step 2 fails, merged areas
 * are read again per sheet, in halves of rows until each part passes. Merged areas need ExcelApi 1.13 (manifest.xml).
 */
export async function readWorkbook(context?: Excel.RequestContext, options: ReadOptions = {}): Promise<Grid> {
  const ms = options.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  return withContext(context, async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    await sync(ctx, '读取工作表列表', ms);
    const sheets = worksheets.items.map((ws) => ({ name: ws.name, visibility: visibilityFromOffice(ws.visibility) }));

    const used = await usedRanges(ctx, sheets, ms);
    const bands = await loadRanges(
      ctx,
      used.flatMap((u) => (u.box ? [{ sheet: u.name, box: u.box }] : [])),
      ['values', 'text', 'numberFormat', 'formulas'],
      '读取工作表内容',
      { ms, budget: options.budget },
    );
    return {
      sheets: used.map((u) => {
        const own: UsedRangeData[] = bands
          .filter((b) => b.sheet === u.name)
          .map((b) => ({
            rowIndex: b.box.top - 1,
            columnIndex: b.box.left - 1,
            values: b.arrays.values!,
            text: b.arrays.text!,
            numberFormat: b.arrays.numberFormat!,
            formulas: b.arrays.formulas!,
          }));
        return sheetFromOffice(u.name, u.visibility, own, u.merges);
      }),
    };
  });
}

interface Used {
  readonly name: string;
  readonly visibility: ReturnType<typeof visibilityFromOffice>;
  /** 1-based; undefined for an empty sheet. */
  readonly box: RangeBox | undefined;
  readonly merges: RangeBox[];
}

/** Step 2: each used range's box and merged areas (valuesOnly: formatting alone does not widen the range). */
async function usedRanges(
  ctx: Excel.RequestContext,
  sheets: readonly { name: string; visibility: Used['visibility'] }[],
  ms: number,
): Promise<Used[]> {
  const queue = (withMerges: boolean) =>
    sheets.map((s) => {
      const used = ctx.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
      merged?.load('address');
      return { ...s, used, merged };
    });
  let pending = queue(true);
  let mergesFailed = false;
  try {
    await sync(ctx, '读取工作表范围', ms);
  } catch (e) {
    // Most likely a sheet with more than 512 merged areas: read the ranges alone, then merged areas in parts.
    if ((e as Error).name === 'ExcelTimeoutError') throw e;
    mergesFailed = true;
    pending = queue(false);
    await sync(ctx, '读取工作表范围', ms);
  }
  const out: Used[] = [];
  for (const p of pending) {
    const box = p.used.isNullObject
      ? undefined
      : {
          top: p.used.rowIndex + 1,
          left: p.used.columnIndex + 1,
          bottom: p.used.rowIndex + p.used.rowCount,
          right: p.used.columnIndex + p.used.columnCount,
        };
    let merges: RangeBox[] = [];
    if (box && p.merged && !mergesFailed) merges = p.merged.isNullObject ? [] : parseAreasAddress(p.merged.address);
    else if (box) merges = await mergedAreas(ctx, p.name, box, ms);
    out.push({ name: p.name, visibility: p.visibility, box, merges });
  }
  return out;
}

/**
 * The merged areas of a box, in parts small enough for Excel: the whole box first, then halves of rows while a part
 * fails. Excel reports the areas whose top-left cell lies in the range (office-js#3611), so the parts never report
 * an area twice.
 */
async function mergedAreas(ctx: Excel.RequestContext, sheet: string, box: RangeBox, ms: number): Promise<RangeBox[]> {
  const out: RangeBox[] = [];
  const todo: RangeBox[] = [box];
  for (let b = todo.pop(); b; b = todo.pop()) {
    const merged = ctx.workbook.worksheets.getItem(sheet).getRange(rangeA1(b)).getMergedAreasOrNullObject();
    merged.load('address');
    try {
      await syncWithTimeout(ctx, '读取合并单元格', ms);
    } catch (e) {
      const halves = halveRows(b);
      if (!halves || (e as Error).name === 'ExcelTimeoutError')
        throw explain(e, `读取工作表「${sheet}」区域 ${rangeA1(b)} 的合并单元格`);
      todo.push(halves[1], halves[0]);
      continue;
    }
    if (!merged.isNullObject) out.push(...parseAreasAddress(merged.address));
  }
  return out.sort((x, y) => x.top - y.top || x.left - y.left);
}

async function sync(ctx: Excel.RequestContext, step: string, ms: number): Promise<void> {
  try {
    await syncWithTimeout(ctx, step, ms);
  } catch (e) {
    throw explain(e, step);
  }
}
