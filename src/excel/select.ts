/// <reference types="office-js" />
import type { CellRef } from '../core/grid/grid';
import { boundingBox, rangeA1 } from '../core/grid/grid';
import { toBlocks } from './blocks';
import { errorCode, explain } from './errors';
import { DEFAULT_SYNC_TIMEOUT_MS, syncWithTimeout, withContext, type GatewayOptions } from './timeout';

/** Light yellow, the fill used to point at the cells of a finding. */
export const HIGHLIGHT_FILL = '#FFF2CC';

/**
 * Shows the cells of a finding: activates the first cell's sheet and selects the smallest range holding all of that
 * sheet's cells — in one sync. By default nothing else changes: the workbook's own formatting is the user's.
 * With `highlight: true` every cell is also filled with the highlight colour (contiguous cells as one range); that
 * fill replaces the cells' own fill and is not undone, so only a caller that says so may use it.
 */
export async function selectCells(
  refs: readonly CellRef[],
  context?: Excel.RequestContext,
  options: GatewayOptions & { readonly highlight?: boolean } = {},
): Promise<void> {
  if (refs.length === 0) return;
  const ms = options.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  return withContext(context, async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    const sheets = new Map<string, Excel.Worksheet>();
    const sheet = (name: string) => {
      let ws = sheets.get(name);
      if (!ws) sheets.set(name, (ws = worksheets.getItem(name)));
      return ws;
    };
    if (options.highlight === true) {
      const bySheet = new Map<string, CellRef[]>();
      for (const r of refs) bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r]);
      for (const [name, list] of bySheet)
        for (const b of toBlocks(list.map((r) => ({ row: r.row, col: r.col, item: true }))))
          sheet(name).getRange(rangeA1(b.box)).format.fill.color = HIGHLIGHT_FILL;
    }
    const first = refs[0];
    const same = refs.filter((r) => r.sheet === first.sheet);
    const ws = sheet(first.sheet);
    ws.activate();
    ws.getRange(rangeA1(boundingBox(same))).select();
    try {
      await syncWithTimeout(ctx, '定位单元格', ms);
    } catch (e) {
      throw await hiddenSheet(ctx, first.sheet, rangeA1(boundingBox(same)), e, ms);
    }
  });
}

/**
 * Excel cannot activate a hidden sheet (InvalidOperation). Unhiding it for the user would change their workbook
 * (and, on Windows and Mac, clear Excel's undo stack), so the message says where the cells are and how to show them.
 */
async function hiddenSheet(ctx: Excel.RequestContext, name: string, where: string, e: unknown, ms: number) {
  // Excel's code for it is not documented (InvalidOperation seen): look at the sheet whatever the code.
  if (errorCode(e) === undefined) return explain(e, '定位单元格');
  const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
  ws.load('visibility');
  try {
    await syncWithTimeout(ctx, '定位单元格', ms);
  } catch {
    return explain(e, '定位单元格');
  }
  if (ws.isNullObject) return new Error(`工作表「${name}」已不存在（可能已被改名或删除）。请按「重新读取工作簿」。`);
  if (ws.visibility === 'Hidden')
    return new Error(
      `单元格 ${name}!${where} 所在的工作表「${name}」已隐藏。请在 Excel 中右键任一工作表标签 → 取消隐藏 →「${name}」，再点此处定位。`,
    );
  if (ws.visibility === 'VeryHidden')
    return new Error(
      `单元格 ${name}!${where} 在深度隐藏的工作表「${name}」中，Excel 中无法显示；本工具不会改变它的隐藏状态。`,
    );
  return explain(e, '定位单元格');
}
