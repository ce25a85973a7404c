import ExcelJS from 'exceljs';
import { runChecks } from '../../../src/core/checks/run';
import { planFill } from '../../../src/core/derive';
import { analyseGrid } from '../../../src/core/engine';
import { refToString } from '../../../src/core/grid/grid';
import { gridFromWorkbook } from '../../../src/io/xlsx';
import { t05 } from '../../helpers/tables';
import { xlsxBuffer } from '../../helpers/xlsx';

const SHEET = '一般公共预算财政拨款支出决算表';

async function t05With(zeros: boolean, changes: Record<string, number | null>) {
  const { sheet, at } = t05({ zeros });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await xlsxBuffer([sheet])) as unknown as ArrayBuffer);
  for (const [cell, v] of Object.entries(changes)) wb.getWorksheet(SHEET)!.getCell(cell).value = v;
  return { grid: gridFromWorkbook(wb), at };
}

test('a blanked total of parts printed 0.00 gets its 0; with blank parts it stays blank', async () => {
  // Column E is 项目支出: every 项目支出 cell is 0 (0.00 printed, or blank).
  const { at } = t05({ zeros: true });
  const target = at['20103:basic'].replace(/^D/, 'E');
  for (const zeros of [true, false]) {
    const { grid } = await t05With(zeros, { [target]: null });
    const fill = planFill(grid, analyseGrid(grid), { mode: 'values', now: '2026-01-01T00:00:00Z' });
    const written = fill.written.map((w) => [refToString(w.cell), w.new]);
    expect(written).toEqual(zeros ? [[`${SHEET}!${target}`, '0.00']] : []);
    expect(fill.conflicts).toEqual([]);
  }
});

test('a total off its parts by rounding only is a 舍位差异 in the check and never offered for overwrite', async () => {
  const { at } = t05();
  // 20103 = 2010301 + 2010399 = 1043.07; shown 1043.08 (0.01 off, within ±0.015).
  const { grid } = await t05With(false, { [at['20103:total']]: 1043.08 });
  const analysis = analyseGrid(grid);
  const cell = `${SHEET}!${at['20103:total']}`;
  const about = runChecks(analysis.disclosure).findings.filter(
    (f) => f.rule === 'subject-rollup' && f.cells[0]?.ref === cell,
  );
  expect(about.map((f) => [f.severity, f.cells[0].ref])).toEqual([['rounding', cell]]);
  const fill = planFill(grid, analysis, { mode: 'formulas', now: '2026-01-01T00:00:00Z' });
  expect(fill.conflicts.map((c) => refToString(c.cell))).not.toContain(cell);
  expect(fill.written.map((w) => refToString(w.cell))).not.toContain(cell);
  // Beyond the rounding (0.10 off) it is an error in the check and a conflict in the fill.
  const wrong = await t05With(false, { [at['20103:total']]: 1043.17 });
  const f2 = planFill(wrong.grid, analyseGrid(wrong.grid), { mode: 'formulas' });
  expect(f2.conflicts.map((c) => [refToString(c.cell), c.current, c.derived])).toContainEqual([
    cell,
    '1043.17',
    '1043.07',
  ]);
});
