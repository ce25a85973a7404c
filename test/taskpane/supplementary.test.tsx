/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import './setup';
import ExcelJS from 'exceljs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { analyseGrid } from '../../src/core/engine';
import { findSheet, getCell, type Grid } from '../../src/core/grid/grid';
import type { SuppEntry } from '../../src/core/model/types';
import { SUPP_COLS, SUPP_HEADER_ROW, subjectKeys } from '../../src/core/supplementary';
import { FileGateway } from '../../src/web/file-gateway';
import { idle, openSample, openTab, renderPane, sampleBytes, SAMPLES } from './harness';

/** The sample without its 补充信息 sheet: a workbook as it comes from the 决算 software. */
async function withoutSupplementary(name: string): Promise<FileGateway> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(sampleBytes(name)) as unknown as ArrayBuffer);
  wb.removeWorksheet(wb.getWorksheet('补充信息')!.id);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return FileGateway.open(bytes, name);
}

function keysOf(grid: Grid): string[] {
  const sheet = findSheet(grid, '补充信息')!;
  const keys: string[] = [];
  for (let r = SUPP_HEADER_ROW + 1; r <= sheet.rows.length; r++) {
    const v = getCell(sheet, r, SUPP_COLS.key)?.value;
    if (typeof v === 'string') keys.push(v);
  }
  return keys;
}

const shown = (e: SuppEntry) => e.figure?.value.toFixed() ?? e.number?.toFixed() ?? e.text ?? '';

test('creates the 补充信息 sheet from the template, with lines for every 项 of 公开05表; undo removes it', async () => {
  const gateway = await withoutSupplementary(SAMPLES[1]);
  const { disclosure } = analyseGrid(await gateway.read());
  expect(disclosure.supplementary).toBeUndefined();
  const items = disclosure.tables.T05!.rows.filter((r) => r.level === 3);
  await renderPane(gateway);
  const panel = await openTab('supplementary');
  expect(screen.getByTestId('supp-status').textContent).toBe('工作簿中还没有补充信息表。');

  fireEvent.click(within(panel).getByRole('button', { name: '创建「补充信息」工作表' }));
  await waitFor(() => expect(screen.getByTestId('supp-status').textContent).toMatch(/^已有「补充信息」工作表/));
  await idle();
  const grid = await gateway.read();
  const sheet = findSheet(grid, '补充信息')!;
  expect(getCell(sheet, SUPP_HEADER_ROW, SUPP_COLS.key)?.value).toBe('字段代码（请勿修改）');
  const keys = keysOf(grid);
  for (const r of items) expect(keys).toContain(subjectKeys(r.code).budget);
  const read = analyseGrid(grid).disclosure.supplementary!;
  expect(read.entries['unit.name'].text).toBe(disclosure.unitName);
  expect(screen.getByTestId('supp-complete')).toBeTruthy();
  expect(within(panel).queryByTestId('supp-write')).toBeNull();

  fireEvent.click(screen.getByTestId('undo-last'));
  await waitFor(() => expect(screen.getByTestId('supp-status').textContent).toBe('工作簿中还没有补充信息表。'));
  expect(findSheet(await gateway.read(), '补充信息')).toBeUndefined();
});

/** The sample with the three 补充信息 lines of one 项 cleared, as if the 科目 was added to 公开05表 later. */
async function withoutSubjectLines(name: string): Promise<{ gateway: FileGateway; code: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(sampleBytes(name)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('补充信息')!;
  let code = '';
  ws.eachRow((row) => {
    const key = row.getCell(SUPP_COLS.key).value;
    const m = typeof key === 'string' ? /\.subject\.(\d{7})$/.exec(key) : null;
    if (m && (!code || m[1] === code)) {
      code = m[1];
      for (let c = 1; c <= SUPP_COLS.key; c++) row.getCell(c).value = null;
    }
  });
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return { gateway: await FileGateway.open(bytes, name), code };
}

test('a complete 补充信息 sheet offers no update', async () => {
  const gateway = await openSample(SAMPLES[0]);
  await renderPane(gateway);
  const panel = await openTab('supplementary');
  expect(screen.getByTestId('supp-status').textContent).toMatch(/^已有「补充信息」工作表：已填 \d+ \/ \d+ 项。$/);
  expect(screen.getByTestId('supp-complete').textContent).toBe('补充信息表已包含全部行，无需更新。');
  expect(within(panel).queryByTestId('supp-write')).toBeNull();
});

test('updating an existing 补充信息 sheet adds the missing lines at its end and changes no cell already there', async () => {
  const { gateway, code } = await withoutSubjectLines(SAMPLES[0]);
  const gridBefore = await gateway.read();
  const before = analyseGrid(gridBefore).disclosure.supplementary!;
  const keys = subjectKeys(code);
  expect(before.rows![keys.budget]).toBeUndefined();
  await renderPane(gateway);
  const panel = await openTab('supplementary');
  fireEvent.click(within(panel).getByRole('button', { name: '在表末补上缺少的 4 行（已有内容不动）' }));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已写入：补充信息表'));
  await idle();
  const gridAfter = await gateway.read();
  const sheetBefore = findSheet(gridBefore, '补充信息')!;
  const sheetAfter = findSheet(gridAfter, '补充信息')!;
  for (let r = 1; r <= sheetBefore.rows.length; r++)
    for (let c = 1; c <= SUPP_COLS.key + 1; c++)
      expect([r, c, getCell(sheetAfter, r, c)?.value]).toEqual([r, c, getCell(sheetBefore, r, c)?.value]);
  const after = analyseGrid(gridAfter).disclosure.supplementary!;
  for (const key of [keys.budget, keys.prior, keys.use, keys.reason])
    expect(after.rows![key].row).toBeGreaterThan(sheetBefore.rows.length);
  for (const [key, e] of Object.entries(before.entries))
    expect([key, shown(after.entries[key])]).toEqual([key, shown(e)]);
  await waitFor(() => expect(screen.getByTestId('supp-complete')).toBeTruthy());
});
