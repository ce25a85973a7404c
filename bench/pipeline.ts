import { runChecks } from '../src/core/checks/run';
import { planFill } from '../src/core/derive';
import { analyseGrid, type Analysis } from '../src/core/engine';
import type { Grid, GridCell, GridSheet } from '../src/core/grid/grid';
import { lintNarrative } from '../src/core/lint';
import { draftNarrative } from '../src/core/narrative/draft';
import { renderText } from '../src/core/narrative/render-text';
import type { Figure, TableId } from '../src/core/model/types';

/** The engine's stages on one workbook, as the CLI and the add-in run them. */
export const stages = {
  map: (grid: Grid) => analyseGrid(grid),
  check: (a: Analysis) => runChecks(a.disclosure),
  derive: (grid: Grid, a: Analysis) => planFill(grid, a, { mode: 'formulas', overwrite: 'none', now: '2024-01-01' }),
  draft: (a: Analysis) => renderText(draftNarrative(a.disclosure)),
  lint: (text: string, a: Analysis) => lintNarrative(text, { disclosure: a.disclosure }),
};

/** map + check + derive + draft + lint in one go (the drafted text is what is linted). */
export function fullRun(grid: Grid): void {
  const a = stages.map(grid);
  stages.check(a);
  stages.derive(grid, a);
  stages.lint(stages.draft(a), a);
}

const SUBJECT_TABLES: readonly TableId[] = ['T02', 'T03', 'T05'];

/**
 * A copy of the grid with the 合计 row and every 类/款 row of tables 02, 03 and 05 left blank — a workbook as the
 * accountant has it before the fill, so that the fill plan has work to do (one cell per blank total).
 */
export function blankTotals(grid: Grid, a: Analysis): Grid {
  const blank = new Map<string, Set<string>>();
  const add = (f: Figure | undefined) => {
    if (!f) return;
    const set = blank.get(f.cell.sheet) ?? new Set<string>();
    set.add(`${f.cell.row},${f.cell.col}`);
    blank.set(f.cell.sheet, set);
  };
  for (const id of SUBJECT_TABLES) {
    const t = a.disclosure.tables[id];
    if (!t) continue;
    Object.values(t.totalRow ?? {}).forEach(add);
    for (const r of t.rows) if (r.level < 3) Object.values(r.values).forEach(add);
  }
  const sheets: GridSheet[] = grid.sheets.map((s) => {
    const cells = blank.get(s.name);
    if (!cells) return s;
    const rows = s.rows.map((row, r) =>
      row?.map((c, col): GridCell | undefined => (cells.has(`${r + 1},${col + 1}`) ? undefined : c)),
    );
    return { ...s, rows };
  });
  return { sheets };
}
