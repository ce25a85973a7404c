import { existsSync } from 'fs';
import { join } from 'path';
import { Dec } from '../../../src/core/decimal/dec';
import { parseAmount } from '../../../src/core/decimal/amount';
import { analyseGrid } from '../../../src/core/engine';
import { cellText, findSheet, getCell, refToString, type CellRef, type Grid } from '../../../src/core/grid/grid';
import { planFill, type FillMode } from '../../../src/core/derive';
import { derivations } from '../../../src/core/derive/relations';
import { runChecks } from '../../../src/core/checks/run';
import { applyPlan, undoPlan } from '../../../src/io/apply-plan';
import { gridFromWorkbook, readGridFromBuffer, readWorkbookFile } from '../../../src/io/xlsx';
import { evaluateCell } from './evaluate';

const SAMPLES = ['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'].map((f) => join(__dirname, '../../../samples', f));

function amountAt(grid: Grid, ref: CellRef): Dec {
  const cell = getCell(findSheet(grid, ref.sheet)!, ref.row, ref.col);
  const p = parseAmount(cell?.value ?? null);
  if (p.kind === 'invalid') throw new Error(`${refToString(ref)} is not a number`);
  return p.kind === 'number' ? p.value : Dec.ZERO;
}

/** A 栏次 row (column numbers): the fill never touches it. */
function inColumnNumberRow(grid: Grid, ref: CellRef): boolean {
  const row = findSheet(grid, ref.sheet)?.rows[ref.row - 1] ?? [];
  return cellText(row.find((c) => c && cellText(c) !== '')) === '栏次';
}

const errors = (grid: Grid) =>
  new Set(
    runChecks(analyseGrid(grid).disclosure)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.message),
  );

/** Reads a sample, remembers every derivable cell's figure and blanks them all. */
async function blankSample(file: string) {
  const { grid, workbook } = await readWorkbookFile(file);
  const targets = derivations(analyseGrid(grid).mapping)
    .map((d) => d.target)
    .filter((t) => !inColumnNumberRow(grid, t));
  const original = new Map(targets.map((t) => [refToString(t), amountAt(grid, t)]));
  for (const t of targets) workbook.getWorksheet(t.sheet)!.getCell(t.row, t.col).value = null;
  return { grid, workbook, targets, original, blank: gridFromWorkbook(workbook) };
}

describe.each(SAMPLES.filter((f) => existsSync(f)))('fill on %s', (file) => {
  test.each<FillMode>(['formulas', 'values'])('blanked derivable cells come back cell by cell (%s)', async (mode) => {
    const { workbook, targets, original, blank, grid } = await blankSample(file);
    expect(targets.length).toBeGreaterThan(10);
    const fill = planFill(blank, analyseGrid(blank), { mode, now: '2026-01-01T00:00:00Z' });
    expect(fill.conflicts).toEqual([]);
    expect(fill.written.length).toBeGreaterThan(5);
    applyPlan(workbook, fill.plan);
    const filled = (await readGridFromBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()))).grid;
    for (const t of targets) {
      const key = refToString(t);
      const cell = getCell(findSheet(filled, t.sheet)!, t.row, t.col);
      // The formula evaluated from its parts, and the value stored with it, both equal the original figure.
      expect([key, evaluateCell(filled, t.sheet, t.row, t.col).toString()]).toEqual([
        key,
        original.get(key)!.toString(),
      ]);
      expect([key, amountAt(filled, t).toString()]).toEqual([key, original.get(key)!.toString()]);
      if (mode === 'formulas' && !original.get(key)!.isZero()) expect(cell?.formula).toBeTruthy();
      if (mode === 'values') expect(cell?.formula).toBeUndefined();
    }
    // Filling again changes nothing.
    const again = planFill(filled, analyseGrid(filled), { mode });
    expect(again.written).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.plan.edits).toEqual([]);
    // The checker finds exactly the errors of the original (blanking made more; filling removed them).
    const before = errors(grid);
    expect(errors(blank).size).toBeGreaterThan(before.size);
    expect(errors(filled)).toEqual(before);
  });
});

test.each(SAMPLES.filter((f) => existsSync(f)))('undo of a fill restores %s exactly', async (file) => {
  const { workbook } = await blankSample(file);
  const snap = () => {
    const out: Record<string, unknown> = {};
    workbook.eachSheet((ws) =>
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if ((cell.value ?? null) !== null || cell.numFmt)
            out[`${ws.name}!${r},${c}`] = [cell.value ?? null, cell.formula, cell.numFmt];
        }),
      ),
    );
    return { sheets: workbook.worksheets.map((w) => `${w.name}:${w.state}`), out };
  };
  const before = snap();
  const blank = gridFromWorkbook(workbook);
  const undo = applyPlan(workbook, planFill(blank, analyseGrid(blank), { mode: 'formulas' }).plan);
  expect(snap()).not.toEqual(before);
  undoPlan(workbook, undo);
  expect(snap()).toEqual(before);
});

test('both sample workbooks are present', () => {
  expect(SAMPLES.filter((f) => existsSync(f))).toHaveLength(2);
});
