import { readWorkbook } from '../../src/excel/read';
import { FakeContext, fakeBookFromGrid } from './fake-excel';
import { cellList, makeWorkbook } from './workbooks';

const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;

describe('readWorkbook', () => {
  async function read(dataRows: number) {
    const grid = makeWorkbook(dataRows);
    const ctx = new FakeContext(fakeBookFromGrid(grid));
    const out = await readWorkbook(asContext(ctx));
    return { grid, out, ctx };
  }

  it('reads a 50-row and a 5,000-row workbook in the same three syncs, with the same number of proxy objects', async () => {
    const small = await read(50);
    const large = await read(5000);
    expect(small.ctx.syncCount).toBe(3); // sheet list; used ranges and merged areas; contents
    expect(large.ctx.syncCount).toBe(3);
    expect(large.ctx.proxyCount).toBe(small.ctx.proxyCount);
  });

  it.each([50, 5000])(
    'gives back exactly the cells, formulas, formats, merges and visibility put in (%i rows)',
    async (n) => {
      const { grid, out } = await read(n);
      expect(out.sheets.map((s) => [s.name, s.visibility, s.merges])).toEqual(
        grid.sheets.map((s) => [s.name, s.visibility, s.merges]),
      );
      expect(cellList(out)).toEqual(cellList(grid));
    },
  );

  it('finds the used range where it starts (not at A1) and leaves an empty sheet empty', async () => {
    const { out } = await read(3);
    const odd = out.sheets.find((s) => s.name === "My, Sheet's")!;
    expect(odd.rows[0]).toBeUndefined();
    expect(odd.rows[1]?.[1]?.value).toBe('x');
    expect(out.sheets.find((s) => s.name === 'Sheet3')!.rows).toEqual([]);
  });

  it('turns error strings into error values and drops the General format', async () => {
    const { out } = await read(3);
    const t01 = out.sheets[0];
    expect(t01.rows[6]?.[3]).toEqual({ value: { error: '#DIV/0!' }, formula: '1/0', text: '#DIV/0!' });
    expect(t01.rows[0]?.[0]).toEqual({ value: '收入支出决算总表', text: '收入支出决算总表' });
  });
});
