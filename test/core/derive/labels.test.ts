import ExcelJS from 'exceljs';
import { join } from 'path';
import { tableTitle } from '../../../src/core/checks/format';
import { runChecks } from '../../../src/core/checks/run';
import { planFill } from '../../../src/core/derive';
import { analyseGrid } from '../../../src/core/engine';
import { refToString } from '../../../src/core/grid/grid';
import { gridFromWorkbook } from '../../../src/io/xlsx';

/**
 * Issue 15 item 7: fill and check use the same words for the same cell. A blanked 三公 合计 (公开07表, whose title
 * differs between the two profiles) is named by fill with the title the check uses in that profile.
 */
test.each(['hunan-2021', 'shanghai-2024'] as const)(
  '%s: fill names a blanked total as the check does',
  async (profile) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(__dirname, '../../../samples/heshan-zfb-2021.xlsx'));
    const before = analyseGrid(gridFromWorkbook(wb), { profile });
    const total = before.disclosure.tables.T07!.items['actual.total'].cell;
    wb.getWorksheet(total.sheet)!.getCell(total.row, total.col).value = null;
    const grid = gridFromWorkbook(wb);
    const analysis = analyseGrid(grid, { profile });
    const fill = planFill(grid, analysis, { mode: 'values', now: '2026-01-01T00:00:00Z' });
    const w = fill.written.find((x) => refToString(x.cell) === refToString(total));
    const title = tableTitle(analysis.disclosure, 'T07');
    expect(w?.label.startsWith(`${title} `)).toBe(true);
    const finding = runChecks(analysis.disclosure).findings.find((f) =>
      f.cells.some((c) => c.ref === refToString(total)),
    );
    expect(finding?.message).toContain(title);
  },
);
