import ExcelJS from 'exceljs';
import type { EditPlan } from '../../src/core/plan/types';
import { applyPlan, undoPlan } from '../../src/io/apply-plan';
import { gridFromWorkbook, readGridFromBuffer } from '../../src/io/xlsx';

/** Every cell of every sheet: value, formula and number format (what undo must restore). */
function snapshot(wb: ExcelJS.Workbook) {
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) => {
    out[`sheet:${ws.name}`] = ws.state;
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        // An empty cell without a format is no content, whether ExcelJS keeps an object for it or not.
        if ((cell.value ?? null) === null && !cell.numFmt) return;
        out[`${ws.name}!${r},${c}`] = { value: cell.value ?? null, formula: cell.formula, numFmt: cell.numFmt };
      }),
    );
  });
  return out;
}

function sample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('公开05表');
  ws.getCell('A1').value = '合计';
  ws.getCell('B1').value = 12.5;
  ws.getCell('B1').numFmt = '#,##0.00';
  ws.getCell('B2').value = { formula: 'B1*2', result: 25 } as ExcelJS.CellFormulaValue;
  ws.getCell('B2').numFmt = '0.0';
  ws.getCell('B3').value = '文字';
  ws.getCell('B4').numFmt = '#,##0.000'; // an empty cell with a format
  return wb;
}

const PLAN: EditPlan = {
  createSheets: [{ name: '_juesuan', visibility: 'veryHidden', widths: [10, 30] }],
  edits: [
    { ref: { sheet: '公开05表', row: 1, col: 2 }, value: 99, numFmt: '0' },
    { ref: { sheet: '公开05表', row: 2, col: 2 }, formula: 'SUM(B3:B4)', value: 7 },
    { ref: { sheet: '公开05表', row: 3, col: 2 }, formula: 'B1+B2', value: 124, numFmt: '#,##0.00' },
    { ref: { sheet: '公开05表', row: 4, col: 2 }, value: 'x' },
    { ref: { sheet: '公开05表', row: 5, col: 3 }, formula: 'B1', value: 99, numFmt: '0.00' },
    { ref: { sheet: '公开05表', row: 1, col: 2 }, value: 100 }, // written twice: undo restores the first state
    { ref: { sheet: '_juesuan', row: 1, col: 1 }, value: '类型' },
  ],
};

test('applyPlan writes values, formulas with their results and formats, and creates sheets', async () => {
  const wb = sample();
  applyPlan(wb, PLAN);
  const grid = (await readGridFromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()))).grid;
  const s = grid.sheets.find((x) => x.name === '公开05表')!;
  expect(s.rows[0]![1]).toMatchObject({ value: 100, numFmt: '0' });
  // The result is stored with the formula, so a reader without Excel sees the value.
  expect(s.rows[1]![1]).toMatchObject({ value: 7, formula: 'SUM(B3:B4)', numFmt: '0.0' });
  expect(s.rows[2]![1]).toMatchObject({ value: 124, formula: 'B1+B2', numFmt: '#,##0.00' });
  expect(s.rows[4]![2]).toMatchObject({ value: 99, formula: 'B1', numFmt: '0.00' });
  const store = grid.sheets.find((x) => x.name === '_juesuan')!;
  expect(store.visibility).toBe('veryHidden');
  expect(store.rows[0]![0]?.value).toBe('类型');
});

test('undoPlan restores every cell’s value, formula and number format and deletes created sheets', async () => {
  const wb = sample();
  const before = snapshot(wb);
  const undo = applyPlan(wb, PLAN);
  expect(snapshot(wb)).not.toEqual(before);
  expect(undo.createdSheets).toEqual(['_juesuan']);
  expect(undo.cells).toHaveLength(5);
  undoPlan(wb, undo);
  expect(snapshot(wb)).toEqual(before);
  expect(wb.getWorksheet('_juesuan')).toBeUndefined();
  // And after a save and reload too.
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  const a = gridFromWorkbook(reloaded).sheets[0];
  expect(a.rows[0]![1]).toMatchObject({ value: 12.5, numFmt: '#,##0.00' });
  expect(a.rows[1]![1]).toMatchObject({ value: 25, formula: 'B1*2', numFmt: '0.0' });
  expect(a.rows[2]![1]).toMatchObject({ value: '文字' });
  expect(a.rows[2]![1]?.formula).toBeUndefined();
  expect(a.rows[3]?.[1]).toBeUndefined();
});

test('undo of a fill on a file read from disk restores shared formulas too', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 1;
  ws.getCell('A2').value = 2;
  ws.getCell('B1').value = { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B2' } as ExcelJS.CellValue;
  ws.getCell('B2').value = { sharedFormula: 'B1', result: 4 } as ExcelJS.CellValue;
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  const formulaB2 = loaded.getWorksheet('S')!.getCell('B2').formula;
  const undo = applyPlan(loaded, { createSheets: [], edits: [{ ref: { sheet: 'S', row: 2, col: 2 }, value: 9 }] });
  undoPlan(loaded, undo);
  const cell = loaded.getWorksheet('S')!.getCell('B2');
  expect(cell.formula).toBe(formulaB2);
  expect(cell.result).toBe(4);
});
