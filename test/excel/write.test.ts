import { a1, type CellValue } from '../../src/core/grid/grid';
import type { CellEdit, EditPlan } from '../../src/core/plan/types';
import { applyPlan, SUSPEND_CALC_ABOVE, undo } from '../../src/excel/write';
import { FakeContext, fakeBookFromGrid, key, type FakeBook } from './fake-excel';
import { bookState, makeWorkbook } from './workbooks';

const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;

function smallPlan(): EditPlan {
  return {
    createSheets: [{ name: '_juesuan_new', visibility: 'veryHidden', widths: [10, 30] }],
    edits: [
      { ref: { sheet: '公开01表', row: 4, col: 3 }, value: 99.5 }, // overwrite a number, keep its format
      { ref: { sheet: '公开01表', row: 4, col: 4 }, formula: 'C4*3', numFmt: '#,##0.00' },
      { ref: { sheet: '公开01表', row: 5, col: 3 }, numFmt: '0.0' }, // format only: content unchanged
      { ref: { sheet: '公开01表', row: 5, col: 2 }, value: null }, // clear
      { ref: { sheet: '公开01表', row: 30, col: 8 }, value: '=不是公式' }, // text that looks like a formula
      { ref: { sheet: '公开01表', row: 30, col: 9 }, value: true },
      { ref: { sheet: '_juesuan', row: 2, col: 1 }, value: 'fill' },
      { ref: { sheet: '_juesuan_new', row: 1, col: 1 }, value: '类型' },
      { ref: { sheet: '_juesuan_new', row: 1, col: 2 }, value: '键' },
    ],
  };
}

function largePlan(n: number): EditPlan {
  const edits: CellEdit[] = [];
  for (let i = 0; i < n; i++) {
    const row = 4 + (i % 1000);
    const col = 5 + Math.floor(i / 1000) * 2; // five separate column blocks
    edits.push(
      i % 3 === 0
        ? { ref: { sheet: '公开01表', row, col }, formula: `C${row}+${i}`, numFmt: '0.00' }
        : { ref: { sheet: '公开01表', row, col }, value: i },
    );
  }
  return { createSheets: [], edits };
}

/** The fake's content of one cell as the plan should have left it. */
function expectCell(book: FakeBook, e: CellEdit, before: { value: CellValue | string; numFmt?: string } | undefined) {
  const c = book.get(e.ref.sheet).cells.get(key(e.ref.row, e.ref.col));
  const where = `${e.ref.sheet}!${a1(e.ref.row, e.ref.col)}`;
  if (e.formula !== undefined) expect([where, c?.formula]).toEqual([where, e.formula]);
  else if (e.value !== undefined) {
    expect([where, c?.formula]).toEqual([where, undefined]);
    expect([where, c?.value ?? null]).toEqual([where, e.value === null ? null : e.value]);
  } else expect([where, c?.value]).toEqual([where, before?.value]);
  expect([where, c?.numFmt]).toEqual([where, e.numFmt ?? before?.numFmt]);
}

describe('applyPlan', () => {
  it('writes exactly the plan in two syncs and leaves every other cell alone', async () => {
    const book = fakeBookFromGrid(makeWorkbook(50));
    const snapshot = bookState(book);
    const plan = smallPlan();
    const beforeCells = new Map(
      plan.edits.map((e) => [e, book.find(e.ref.sheet)?.cells.get(key(e.ref.row, e.ref.col))] as const),
    );
    const ctx = new FakeContext(book);
    await applyPlan(plan, asContext(ctx));
    expect(ctx.syncCount).toBe(2);
    expect(book.calcSuspensions).toBe(0);
    for (const e of plan.edits) expectCell(book, e, beforeCells.get(e));
    expect(book.get('公开01表').cells.get(key(30, 8))?.value).toBe('=不是公式');
    const created = book.get('_juesuan_new');
    expect(created.visibility).toBe('VeryHidden');
    expect([...created.columnWidths.keys()]).toEqual(['1', '2']);
    // Nothing else changed.
    const touched = new Set(plan.edits.map((e) => `${e.ref.sheet}|${key(e.ref.row, e.ref.col)}`));
    const after = bookState(book).filter((s) => s.name !== '_juesuan_new');
    const strip = (st: ReturnType<typeof bookState>) =>
      st.map((s) => ({ ...s, cells: s.cells.filter(([k]) => !touched.has(`${s.name}|${k}`)) }));
    expect(strip(after)).toEqual(strip(snapshot));
  });

  it('uses the same two syncs for 5,000 edits and suspends recalculation', async () => {
    const book = fakeBookFromGrid(makeWorkbook(1000));
    const plan = largePlan(5000);
    expect(plan.edits.length).toBeGreaterThan(SUSPEND_CALC_ABOVE);
    const ctx = new FakeContext(book);
    const proxiesBefore = ctx.proxyCount;
    await applyPlan(plan, asContext(ctx));
    expect(ctx.syncCount).toBe(2);
    expect(book.calcSuspensions).toBe(1);
    // Five contiguous column blocks: a handful of range proxies, not one per cell.
    expect(ctx.proxyCount - proxiesBefore).toBeLessThan(60);
    for (const e of plan.edits) expectCell(book, e, undefined);
  });

  it('undo restores every value, formula and number format and deletes the created sheet (one sync)', async () => {
    for (const [book, plan] of [
      [fakeBookFromGrid(makeWorkbook(50)), smallPlan()],
      [fakeBookFromGrid(makeWorkbook(1000)), largePlan(5000)],
    ] as const) {
      const snapshot = bookState(book);
      const record = await applyPlan(plan, asContext(new FakeContext(book)));
      expect(bookState(book)).not.toEqual(snapshot);
      const ctx = new FakeContext(book);
      await undo(record, asContext(ctx));
      expect(ctx.syncCount).toBe(1);
      expect(bookState(book)).toEqual(snapshot);
    }
  });

  it('refuses to create a sheet that already exists, before writing anything', async () => {
    const book = fakeBookFromGrid(makeWorkbook(5));
    const snapshot = bookState(book);
    const plan: EditPlan = {
      createSheets: [{ name: '_juesuan', visibility: 'veryHidden' }],
      edits: [{ ref: { sheet: '公开01表', row: 4, col: 3 }, value: 1 }],
    };
    await expect(applyPlan(plan, asContext(new FakeContext(book)))).rejects.toThrow('已有工作表 「_juesuan」');
    expect(bookState(book)).toEqual(snapshot);
  });

  it('names the sheet when a plan targets a sheet that is gone', async () => {
    const book = fakeBookFromGrid(makeWorkbook(5));
    const plan: EditPlan = { createSheets: [], edits: [{ ref: { sheet: '公开09表', row: 1, col: 1 }, value: 1 }] };
    await expect(applyPlan(plan, asContext(new FakeContext(book)))).rejects.toThrow('「公开09表」');
  });

  it('does not sync at all for an empty plan', async () => {
    const ctx = new FakeContext(fakeBookFromGrid(makeWorkbook(5)));
    expect(await applyPlan({ createSheets: [], edits: [] }, asContext(ctx))).toEqual({ cells: [], createdSheets: [] });
    expect(ctx.syncCount).toBe(0);
  });
});
