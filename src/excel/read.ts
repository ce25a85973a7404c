/// <reference types="office-js" />
import type { Grid } from '../core/grid/grid';
import { parseAreasAddress, sheetFromOffice, visibilityFromOffice } from './cells';
import { DEFAULT_SYNC_TIMEOUT_MS, syncWithTimeout, withContext, type GatewayOptions } from './timeout';

/**
 * Reads everything the engine needs from every sheet in two syncs, whatever the workbook's size:
 * 1. the sheet list (names, visibility);
 * 2. every sheet's used range (values, displayed text, number formats, formulas) and merged areas, all at once.
 * Merged areas need ExcelApi 1.13 (see manifest.xml).
 */
export async function readWorkbook(context?: Excel.RequestContext, options: GatewayOptions = {}): Promise<Grid> {
  const ms = options.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  return withContext(context, async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    await syncWithTimeout(ctx, '读取工作表列表', ms);

    const pending = worksheets.items.map((ws) => {
      // valuesOnly: cells that only carry formatting do not widen the range (smaller response, 5 MB limit online).
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,values,text,numberFormat,formulas');
      const merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load('address');
      return { name: ws.name, visibility: visibilityFromOffice(ws.visibility), used, merged };
    });
    await syncWithTimeout(ctx, '读取工作表内容', ms);

    return {
      sheets: pending.map(({ name, visibility, used, merged }) => {
        if (!used.isNullObject && (used.values === null || used.values === undefined))
          // Past about 5,000,000 cells per read Excel returns null values (engineering-notes.md).
          throw new Error(`工作表「${name}」的内容超过 Excel 单次读取的上限，无法读取；请删除多余的行列后重试。`);
        const data = used.isNullObject
          ? undefined
          : {
              rowIndex: used.rowIndex,
              columnIndex: used.columnIndex,
              values: used.values,
              text: used.text,
              numberFormat: used.numberFormat,
              formulas: used.formulas,
            };
        const merges = merged.isNullObject ? [] : parseAreasAddress(merged.address);
        return sheetFromOffice(name, visibility, data, merges);
      }),
    };
  });
}
