import { readWorkbook } from '../../src/excel/read';
import { HIGHLIGHT_FILL, selectCells } from '../../src/excel/select';
import { ExcelTimeoutError, withTimeout } from '../../src/excel/timeout';
import { FakeContext, fakeBookFromGrid, key } from './fake-excel';
import { makeWorkbook } from './workbooks';

const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;

describe('selectCells', () => {
  it("selects the range of the first sheet's cells without changing any format, in one sync", async () => {
    const book = fakeBookFromGrid(makeWorkbook(20));
    const ctx = new FakeContext(book);
    await selectCells(
      [
        { sheet: '公开01表', row: 9, col: 3 },
        { sheet: '公开01表', row: 7, col: 4 },
        { sheet: '_juesuan', row: 1, col: 2 },
      ],
      asContext(ctx),
    );
    expect(ctx.syncCount).toBe(1);
    expect(book.selection).toEqual({ sheet: '公开01表', address: 'C7:D9' });
    expect(book.sheets.some((s) => [...s.cells.values()].some((c) => c.fill !== undefined))).toBe(false);
  });

  it('with highlight: true also fills exactly the given cells, in one sync', async () => {
    const book = fakeBookFromGrid(makeWorkbook(20));
    const ctx = new FakeContext(book);
    const refs = [
      { sheet: '公开01表', row: 7, col: 3 },
      { sheet: '公开01表', row: 8, col: 3 },
      { sheet: '公开01表', row: 9, col: 3 },
      { sheet: '公开01表', row: 12, col: 4 },
      { sheet: '_juesuan', row: 1, col: 2 },
    ];
    await selectCells(refs, asContext(ctx), { highlight: true });
    expect(ctx.syncCount).toBe(1);
    expect(book.selection).toEqual({ sheet: '公开01表', address: 'C7:D12' });
    expect(book.active).toBe('公开01表');
    const filled = book.sheets.flatMap((s) =>
      [...s.cells.entries()].filter(([, c]) => c.fill === HIGHLIGHT_FILL).map(([k]) => `${s.name}|${k}`),
    );
    expect(filled.sort()).toEqual(refs.map((r) => `${r.sheet}|${key(r.row, r.col)}`).sort());
  });
});

describe('sync timeout', () => {
  it('rejects with a Chinese message when Excel does not answer', async () => {
    const ctx = new FakeContext(fakeBookFromGrid(makeWorkbook(5)));
    ctx.hang = true;
    const p = readWorkbook(asContext(ctx), { timeoutMs: 20 });
    await expect(p).rejects.toBeInstanceOf(ExcelTimeoutError);
    await expect(p).rejects.toThrow('Excel 在 0.02 秒内没有响应（读取工作表列表）');
  });

  it('passes the result through when the sync answers in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000)).resolves.toBe(7);
    await expect(withTimeout(new Promise(() => undefined), 10, '写入工作簿')).rejects.toThrow('工作簿可能正忙');
  });
});
