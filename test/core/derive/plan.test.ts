import ExcelJS from 'exceljs';
import { analyseGrid } from '../../../src/core/engine';
import { findSheet, getCell, parseRef, refToString, type Grid } from '../../../src/core/grid/grid';
import { planFill, type FillOptions } from '../../../src/core/derive';
import { applyPlan } from '../../../src/io/apply-plan';
import { gridFromWorkbook, readGridFromBuffer } from '../../../src/io/xlsx';
import { t05 } from '../../helpers/tables';
import { xlsxBuffer } from '../../helpers/xlsx';

const SHEET = '一般公共预算财政拨款支出决算表';
const { sheet, at } = t05();
at['合计:basic'] = at['合计:total'].replace(/^C/, 'D');
const ref = (k: string) => `${SHEET}!${at[k]}`;

/** The T05 test table with some cells changed (undefined = blanked). */
async function workbookWith(changes: Record<string, number | null | { formula: string; result: number }>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await xlsxBuffer([sheet])) as unknown as ArrayBuffer);
  for (const [k, v] of Object.entries(changes)) wb.getWorksheet(SHEET)!.getCell(at[k]).value = v;
  return wb;
}

const fill = (grid: Grid, o: FillOptions) => planFill(grid, analyseGrid(grid), o);
const cellOf = (grid: Grid, r: string) => {
  const p = parseRef(r)!;
  return getCell(findSheet(grid, p.sheet)!, p.row, p.col);
};
async function reread(wb: ExcelJS.Workbook): Promise<Grid> {
  return (await readGridFromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()))).grid;
}

test('blank totals get formulas over their parts (bottom-up), with the computed result', async () => {
  const wb = await workbookWith({ '201:basic': null, '20103:basic': null, '合计:basic': null, '201:total': null });
  const f = fill(gridFromWorkbook(wb), { mode: 'formulas' });
  const news = Object.fromEntries(f.written.map((w) => [refToString(w.cell), w.new]));
  // 款 20103 = its 项 rows (contiguous), 类 201 = 20103, 合计 = 201 + 221 (non-contiguous), 合计 = 基本 + 项目.
  expect(news[ref('20103:basic')]).toBe(`=SUM(${at['2010301:basic']}:${at['2010399:basic']})`);
  expect(news[ref('201:basic')]).toBe(`=${at['20103:basic']}`);
  expect(news[ref('合计:basic')]).toBe(`=${at['201:basic']}+${at['221:basic']}`);
  expect(news[ref('201:total')]).toMatch(/^=SUM\(D\d+:E\d+\)$/);
  expect(f.conflicts).toEqual([]);
  applyPlan(wb, f.plan);
  const g = await reread(wb);
  expect(cellOf(g, ref('合计:basic'))).toMatchObject({
    value: 1082.58,
    formula: `${at['201:basic']}+${at['221:basic']}`,
  });
  expect(cellOf(g, ref('201:total'))?.value).toBe(1043.07);
});

test('a typed total that differs is a conflict: listed, never written without the overwrite option', async () => {
  const wb = await workbookWith({ '201:basic': 1000, '合计:basic': null });
  const grid = gridFromWorkbook(wb);
  const f = fill(grid, { mode: 'formulas' });
  // 201 基本 should be 1043.07 (Σ 款); 201 合计 and 合计 合计 then follow from 基本 + 项目.
  expect(f.conflicts.map((c) => [refToString(c.cell), c.derived])).toEqual([
    [ref('201:basic'), '1043.07'],
    [ref('201:total'), '1000.00'],
    [ref('合计:total'), '1039.51'],
  ]);
  expect(f.conflicts[0].current).toBe('1000.00');
  expect(f.plan.edits.some((e) => [ref('201:basic'), ref('201:total')].includes(refToString(e.ref)))).toBe(false);
  // 合计 uses what 201 keeps holding (1000), so the sheet's formula and its stored result agree.
  expect(f.plan.edits.find((e) => refToString(e.ref) === ref('合计:basic'))?.value).toBe(1039.51);

  const other = fill(grid, { mode: 'formulas', overwrite: [ref('221:basic')] });
  expect(other.plan.edits.some((e) => refToString(e.ref) === ref('201:basic'))).toBe(false);
  for (const overwrite of ['all', [ref('201:basic')]] as const) {
    const o = fill(grid, { mode: 'formulas', overwrite });
    // Once 201 基本 is corrected, the typed totals agree again: no conflict left.
    expect(o.conflicts).toEqual([]);
    expect(o.written.find((w) => refToString(w.cell) === ref('201:basic'))).toMatchObject({
      old: expect.stringMatching(/^1,?000/),
      new: `=${at['20103:basic']}`,
    });
    expect(o.plan.edits.find((e) => refToString(e.ref) === ref('合计:basic'))?.value).toBe(1082.58);
  }
});

test('typed content equal to the derived value — a value or a user formula — is left alone', async () => {
  const wb = await workbookWith({ '201:total': { formula: `${at['20103:total']}*1`, result: 1043.07 } });
  const f = fill(gridFromWorkbook(wb), { mode: 'formulas' });
  expect(f.written).toEqual([]);
  expect(f.conflicts).toEqual([]);
  expect(f.plan.edits).toEqual([]);
});

test('zero totals of blank parts stay blank (blank means zero)', async () => {
  const f = fill(gridFromWorkbook(await workbookWith({ '合计:total': null })), { mode: 'values' });
  expect(f.written.map((w) => refToString(w.cell))).toEqual([ref('合计:total')]);
  expect(f.written[0]).toMatchObject({ old: null, new: '1082.58' });
});

test('cells the tool wrote are its own: updated when parts change, the user’s again once edited', async () => {
  const blanks = ['201', '20103', '合计'].flatMap((k) => [`${k}:total`, `${k}:basic`]);
  const wb = await workbookWith(Object.fromEntries(blanks.map((k) => [k, null])));
  applyPlan(wb, fill(gridFromWorkbook(wb), { mode: 'values', now: 't1' }).plan);
  // The journal records each written cell.
  const journal = (await reread(wb)).sheets.find((s) => s.name === '_juesuan');
  expect(journal?.visibility).toBe('veryHidden');
  wb.getWorksheet(SHEET)!.getCell(at['2010301:total']).value = 900; // a part changes
  wb.getWorksheet(SHEET)!.getCell(at['2010301:basic']).value = 900;
  const second = fill(await reread(wb), { mode: 'values', now: 't2' });
  expect(second.conflicts).toEqual([]);
  expect(Object.fromEntries(second.written.map((w) => [refToString(w.cell), w.new]))).toEqual({
    [ref('20103:basic')]: '1056.51',
    [ref('201:basic')]: '1056.51',
    [ref('合计:basic')]: '1096.02',
    [ref('20103:total')]: '1056.51',
    [ref('201:total')]: '1056.51',
    [ref('合计:total')]: '1096.02',
  });
  applyPlan(wb, second.plan);
  wb.getWorksheet(SHEET)!.getCell(at['201:total']).value = 5; // the user types over a filled cell
  const third = fill(await reread(wb), { mode: 'values' });
  expect(third.conflicts.map((c) => refToString(c.cell))).toEqual([ref('201:total')]);
  expect(third.plan.edits.some((e) => refToString(e.ref) === ref('201:total'))).toBe(false);
});

test('values are rounded half-up to the shown decimals', async () => {
  const wb = await workbookWith({ '2010301:total': 886.565, '2010301:basic': 886.565, '20103:basic': null });
  const f = fill(gridFromWorkbook(wb), { mode: 'values' });
  // 886.565 + 156.51 = 1043.075 → 1043.08 (#,##0.00); the typed 1043.07 above it is then a conflict.
  expect(f.written.find((w) => refToString(w.cell) === ref('20103:basic'))?.new).toBe('1043.08');
});
