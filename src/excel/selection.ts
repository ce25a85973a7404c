/// <reference types="office-js" />
import { boundingBox, lettersToCol, type RangeBox } from '../core/grid/grid';
import { DEFAULT_SYNC_TIMEOUT_MS, syncWithTimeout, withContext, type GatewayOptions } from './timeout';

/** A rectangular range on one sheet, 1-based (the task pane's `Selection`). */
export interface SheetRange extends RangeBox {
  readonly sheet: string;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/**
 * The user's current selection in one sync: `workbook.getSelectedRange()` with its address and its worksheet's
 * name. Undefined when nothing usable is selected (a chart or shape, or several areas: Excel then answers
 * InvalidSelection).
 */
export async function currentSelection(
  context?: Excel.RequestContext,
  options: GatewayOptions = {},
): Promise<SheetRange | undefined> {
  const ms = options.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  return withContext(context, async (ctx) => {
    const range = ctx.workbook.getSelectedRange();
    range.load('address');
    const sheet = range.worksheet;
    sheet.load('name');
    try {
      await syncWithTimeout(ctx, '读取当前选择', ms);
    } catch (e) {
      if ((e as { code?: string } | null)?.code === 'InvalidSelection') return undefined;
      throw e;
    }
    const box = boxFromAddress(range.address);
    return box && { sheet: sheet.name, ...box };
  });
}

/**
 * The box of an Office.js address: "'公开01表'!A1:F40", "Sheet1!C7", whole columns "Sheet1!A:C", whole rows
 * "Sheet1!3:5". The sheet part (quoted or not) is dropped: the worksheet's own name is exact. With several areas
 * (comma-separated) the first one counts.
 */
export function boxFromAddress(address: string): RangeBox | undefined {
  const area = address.replace(/^(?:'(?:[^']|'')*'|[^'!]*)!/, '').split(',')[0];
  const [from, to = from] = area.replace(/\$/g, '').toUpperCase().split(':');
  const a = corner(from, 'start');
  const b = corner(to, 'end');
  return a && b ? boundingBox([a, b]) : undefined;
}

function corner(text: string, side: 'start' | 'end'): { row: number; col: number } | undefined {
  const m = /^([A-Z]{0,3})(\d*)$/.exec(text.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const col = m[1] ? lettersToCol(m[1]) : side === 'start' ? 1 : MAX_COL;
  const row = m[2] ? Number(m[2]) : side === 'start' ? 1 : MAX_ROW;
  return row >= 1 && row <= MAX_ROW && col >= 1 && col <= MAX_COL ? { row, col } : undefined;
}
