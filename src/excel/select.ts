/// <reference types="office-js" />
import type { CellRef } from '../core/grid/grid';
import { boundingBox, rangeA1 } from '../core/grid/grid';
import { toBlocks } from './blocks';
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
    await syncWithTimeout(ctx, '定位单元格', ms);
  });
}
