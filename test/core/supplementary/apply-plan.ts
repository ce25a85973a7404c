import type { CellValue, Grid, GridCell, GridSheet } from '../../../src/core/grid/grid';
import type { EditPlan } from '../../../src/core/plan/types';

/** Applies an EditPlan to an in-memory Grid (pure; what an adapter does to a workbook), for tests. */
export function applyPlanToGrid(grid: Grid, plan: EditPlan): Grid {
  const sheets = new Map<
    string,
    { name: string; visibility: GridSheet['visibility']; rows: (GridCell | undefined)[][]; merges: GridSheet['merges'] }
  >();
  for (const s of grid.sheets)
    sheets.set(s.name, {
      name: s.name,
      visibility: s.visibility,
      merges: s.merges,
      rows: s.rows.map((r) => [...(r ?? [])]),
    });
  for (const c of plan.createSheets) {
    if (sheets.has(c.name)) throw new Error(`sheet exists: ${c.name}`);
    sheets.set(c.name, { name: c.name, visibility: c.visibility, rows: [], merges: [] });
  }
  for (const e of plan.edits) {
    const s = sheets.get(e.ref.sheet);
    if (!s) throw new Error(`no sheet ${e.ref.sheet}`);
    while (s.rows.length < e.ref.row) s.rows.push([]);
    const row = (s.rows[e.ref.row - 1] ??= []);
    const before = row[e.ref.col - 1];
    const value: CellValue = e.formula !== undefined ? null : e.value !== undefined ? e.value : (before?.value ?? null);
    const cell: GridCell = { value, numFmt: e.numFmt ?? before?.numFmt, formula: e.formula };
    row[e.ref.col - 1] = value === null && !e.formula ? undefined : cell;
  }
  return { sheets: [...sheets.values()] };
}

/** Sets one cell of a Grid (returns a new Grid), for tests that type into the sheet. */
export function setCell(grid: Grid, sheet: string, row: number, col: number, value: CellValue, numFmt?: string): Grid {
  return applyPlanToGrid(grid, { createSheets: [], edits: [{ ref: { sheet, row, col }, value, numFmt }] });
}
