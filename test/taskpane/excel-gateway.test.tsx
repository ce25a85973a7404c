/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import './setup';
import { join } from 'path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { checkGrid } from '../../src/cli/commands/check';
import { waiverPlan } from '../../src/core/checks/waivers';
import { analyseGrid } from '../../src/core/engine';
import { readGridFromFile } from '../../src/io/xlsx';
import { App } from '../../src/taskpane/App';
import { ExcelGateway } from '../../src/taskpane/excel-gateway';
import { FakeContext, fakeBookFromGrid } from '../excel/fake-excel';
import { bookState } from '../excel/workbooks';
import { idle, SAMPLES } from './harness';

async function excelOn(sample: string) {
  const grid = await readGridFromFile(join(__dirname, '../../samples', sample));
  const book = fakeBookFromGrid(grid);
  const ctx = new FakeContext(book);
  const gateway = new ExcelGateway({ context: ctx as unknown as Excel.RequestContext, name: sample });
  return { grid, book, ctx, gateway };
}

test('the Excel gateway reads, writes, undoes, selects and reads the selection in 3/2/3/1/1 syncs', async () => {
  const { grid, book, ctx, gateway } = await excelOn(SAMPLES[0]);
  expect(gateway.kind).toBe('excel');
  expect(gateway.name).toBe(SAMPLES[0]);

  const read = await gateway.read();
  expect(ctx.syncCount).toBe(3); // sheet list; used ranges and merged areas; contents
  const fromFile = analyseGrid(grid).mapping.tables.map((t) => [t.id, t.sheet, t.range]);
  expect(analyseGrid(read).mapping.tables.map((t) => [t.id, t.sheet, t.range])).toEqual(fromFile);

  const before = bookState(book);
  const warning = checkGrid(read).findings.find((f) => f.severity === 'warning')!;
  let n = ctx.syncCount;
  const record = await gateway.apply(waiverPlan(read, warning, '已说明原因', '2022-03-01T00:00:00Z'));
  expect(ctx.syncCount - n).toBe(2);
  expect(checkGrid(await gateway.read()).summary.accepted).toBe(1);

  n = ctx.syncCount;
  await expect(gateway.undo(record)).resolves.toEqual({ kept: [], keptSheets: [] });
  expect(ctx.syncCount - n).toBe(3); // sheet list; the cells now; the restore
  expect(bookState(book)).toEqual(before);

  n = ctx.syncCount;
  await gateway.select(warning.cells.map((c) => c.cell));
  expect(ctx.syncCount - n).toBe(1);
  const first = warning.cells[0].cell;
  n = ctx.syncCount;
  await expect(gateway.currentSelection()).resolves.toEqual({
    sheet: first.sheet,
    top: first.row,
    left: first.col,
    bottom: first.row,
    right: first.col,
  });
  expect(ctx.syncCount - n).toBe(1);
});

test('the pane over Excel: a table corrected from the selection in Excel', async () => {
  const { book, gateway } = await excelOn(SAMPLES[1]);
  render(<App gateway={gateway} />);
  await screen.findByTestId('mapping-table', {}, { timeout: 20000 });
  expect(screen.getByTestId('mapping-sheet-T08').textContent).toBe('政府性基金及国资表!A1:J7');
  expect(screen.queryByTestId('download-workbook')).toBeNull(); // Excel saves its own workbook

  book.selection = { sheet: '政府性基金及国资表', address: 'A1:J8' };
  fireEvent.change(screen.getByTestId('mapping-pick-table'), { target: { value: 'T08' } });
  fireEvent.click(screen.getByRole('button', { name: '使用当前选择' }));
  await waitFor(() => expect(screen.getByTestId('mapping-sheet-T08').textContent).toBe('政府性基金及国资表!A1:J8'));
  await idle();
  expect(within(screen.getByTestId('mapping-row-T08')).getByText('已手动指定')).toBeTruthy();
  // The correction lives in the workbook's very hidden _juesuan sheet.
  expect(book.find('_juesuan')?.visibility).toBe('VeryHidden');
});
