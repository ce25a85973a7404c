/// <reference types="office-js" />
import type { CellRef, GridCell, SheetVisibility } from '../core/grid/grid';
import { coverBoxes } from './blocks';
import { cellFromOffice, visibilityFromOffice } from './cells';
import { explain } from './errors';
import { bandIndex, loadRanges, type LoadedBand } from './load-ranges';
import { bySheet } from './steps';
import { syncWithTimeout } from './timeout';

/** What some cells and sheets hold now, read back from Excel. */
export interface CurrentState {
  /** Every sheet of the workbook with its visibility. */
  readonly sheets: ReadonlyMap<string, SheetVisibility>;
  /** A cell's content now (undefined: empty, or its sheet is gone). */
  cell(ref: CellRef): GridCell | undefined;
  /** Non-empty cells of each sheet asked for whole (`wholeSheets`), by "row,col". */
  readonly whole: ReadonlyMap<string, ReadonlyMap<string, GridCell>>;
}

/**
 * Reads, with the read timeout, the sheet list, then the content (value, formula, number format) of `refs` on the
 * sheets that still exist and the whole used range of `wholeSheets` that exist — the sheets a write created. Used
 * after a failed write (what did it change?) and before an undo (what did the user change since?).
 */
export async function readState(
  ctx: Excel.RequestContext,
  refs: readonly CellRef[],
  wholeSheets: readonly string[],
  options: { ms: number; budget?: number; step: string },
): Promise<CurrentState> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  try {
    await syncWithTimeout(ctx, options.step, options.ms);
  } catch (e) {
    throw explain(e, options.step);
  }
  const sheets = new Map(worksheets.items.map((w) => [w.name, visibilityFromOffice(w.visibility)] as const));
  const reads = [...bySheet(refs.filter((r) => sheets.has(r.sheet)).map((ref) => ({ ref })))].flatMap(([sheet, list]) =>
    coverBoxes(list.map((c) => ({ row: c.ref.row, col: c.ref.col, item: c }))).map((b) => ({ sheet, box: b.box })),
  );
  const used = wholeSheets
    .filter((s) => sheets.has(s))
    .map((name) => ({ name, range: undefined as Excel.Range | undefined }));
  const bands = await loadRanges(ctx, reads, ['values', 'numberFormat', 'formulas'], options.step, {
    ms: options.ms,
    budget: options.budget,
    first: () => {
      for (const u of used) {
        u.range = worksheets.getItem(u.name).getUsedRangeOrNullObject(true);
        u.range.load('rowIndex,columnIndex,values,numberFormat,formulas');
      }
    },
  });
  const at = bandIndex(bands);
  const whole = new Map<string, Map<string, GridCell>>();
  for (const u of used) {
    const m = new Map<string, GridCell>();
    const r = u.range!;
    if (!r.isNullObject)
      r.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const c = cellFromOffice(v, undefined, r.numberFormat[i][j], r.formulas[i][j]);
          if (c) m.set(`${r.rowIndex + i + 1},${r.columnIndex + j + 1}`, c);
        }),
      );
    whole.set(u.name, m);
  }
  return {
    sheets,
    whole,
    cell: (ref) => {
      const hit = at(ref.sheet, ref.row, ref.col);
      return hit ? cellAt(hit.band, hit.i, hit.j) : whole.get(ref.sheet)?.get(`${ref.row},${ref.col}`);
    },
  };
}

/** A loaded cell with its number format (an empty cell that carries a format keeps it, for undo). */
export function cellAt(band: LoadedBand, i: number, j: number): GridCell | undefined {
  const a = band.arrays;
  const numFmt = a.numberFormat?.[i]?.[j];
  return (
    cellFromOffice(a.values?.[i]?.[j], undefined, numFmt, a.formulas?.[i]?.[j]) ??
    (typeof numFmt === 'string' && numFmt !== '' && numFmt !== 'General' ? { value: null, numFmt } : undefined)
  );
}
