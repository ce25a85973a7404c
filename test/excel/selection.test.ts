import { boxFromAddress, currentSelection } from '../../src/excel/selection';
import { FakeContext, fakeBookFromGrid } from './fake-excel';
import { makeWorkbook } from './workbooks';

const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;

describe('currentSelection', () => {
  it('gives the selected range with its sheet, 1-based, in one sync', async () => {
    const book = fakeBookFromGrid(makeWorkbook(10));
    book.selection = { sheet: '公开01表', address: 'A2:D14' };
    const ctx = new FakeContext(book);
    await expect(currentSelection(asContext(ctx))).resolves.toEqual({
      sheet: '公开01表',
      top: 2,
      left: 1,
      bottom: 14,
      right: 4,
    });
    expect(ctx.syncCount).toBe(1);
  });

  it('keeps a sheet name that needs quoting in addresses exactly', async () => {
    const book = fakeBookFromGrid(makeWorkbook(3));
    book.selection = { sheet: "My, Sheet's", address: 'C2' };
    const ctx = new FakeContext(book);
    await expect(currentSelection(asContext(ctx))).resolves.toEqual({
      sheet: "My, Sheet's",
      top: 2,
      left: 3,
      bottom: 2,
      right: 3,
    });
  });

  it('is undefined when no cell range is selected (Excel answers InvalidSelection)', async () => {
    const ctx = new FakeContext(fakeBookFromGrid(makeWorkbook(3)));
    await expect(currentSelection(asContext(ctx))).resolves.toBeUndefined();
    expect(ctx.syncCount).toBe(1);
  });

  it('times out with the Chinese message when Excel does not answer', async () => {
    const book = fakeBookFromGrid(makeWorkbook(3));
    book.selection = { sheet: '公开01表', address: 'A1' };
    const ctx = new FakeContext(book);
    ctx.hang = true;
    await expect(currentSelection(asContext(ctx), { timeoutMs: 20 })).rejects.toThrow('（读取当前选择）');
  });
});

describe('boxFromAddress', () => {
  it.each([
    ["'公开01表'!A1:F40", { top: 1, left: 1, bottom: 40, right: 6 }],
    ['Sheet1!$B$3', { top: 3, left: 2, bottom: 3, right: 2 }],
    ['Sheet1!A:C', { top: 1, left: 1, bottom: 1048576, right: 3 }],
    ['Sheet1!3:5', { top: 3, left: 1, bottom: 5, right: 16384 }],
    ["'a!b'!D4:B2", { top: 2, left: 2, bottom: 4, right: 4 }],
    ['Sheet1!A1:B2,Sheet1!D4', { top: 1, left: 1, bottom: 2, right: 2 }],
  ])('%s', (address, box) => expect(boxFromAddress(address)).toEqual(box));

  it('rejects what is not a range', () => {
    expect(boxFromAddress('Sheet1!')).toBeUndefined();
    expect(boxFromAddress('Sheet1!#REF!')).toBeUndefined();
  });
});
