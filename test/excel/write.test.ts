import { a1, type CellValue } from '../../src/core/grid/grid';
import type { CellEdit, EditPlan } from '../../src/core/plan/types';
import { MAX_BOXES_PER_SHEET, MAX_RANGE_CELLS } from '../../src/excel/blocks';
import { applyPlan, SUSPEND_CALC_ABOVE, undo } from '../../src/excel/write';
import { FakeContext, fakeBookFromGrid, key, WEB_PAYLOAD_LIMIT, type FakeBook } from './fake-excel';
import { bookState, makeWorkbook } from './workbooks';

const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;
const T01 = '公开01表';

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
    expect(ctx.proxyCount - proxiesBefore).toBeLessThan(80);
    for (const e of plan.edits) expectCell(book, e, undefined);
  });

  it('undo restores every value, formula and number format and deletes the created (very hidden) sheet: read back, then one write sync', async () => {
    for (const [book, plan] of [
      [fakeBookFromGrid(makeWorkbook(50)), smallPlan()],
      [fakeBookFromGrid(makeWorkbook(1000)), largePlan(5000)],
    ] as const) {
      const snapshot = bookState(book);
      const record = await applyPlan(plan, asContext(new FakeContext(book)));
      expect(bookState(book)).not.toEqual(snapshot);
      const ctx = new FakeContext(book);
      await undo(record, asContext(ctx));
      expect(ctx.syncCount).toBe(3); // sheet list, the cells and created sheets now, the restore
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

/**
 * A plan shaped like a fill on makeWorkbook(n): a 合计-style formula in C every 5th data row, a number format in D
 * every 3rd row, the 合计 row, and a journal line in _juesuan per 10 data rows. Its edits grow with n; its edited
 * area per sheet stays one dense rectangle (no gap of 1,000 untouched cells to cut at).
 */
function fillLikePlan(dataRows: number): EditPlan {
  const edits: CellEdit[] = [];
  for (let i = 0; i < dataRows; i++) {
    const r = i + 4;
    if (i % 5 === 0)
      edits.push({ ref: { sheet: T01, row: r, col: 3 }, formula: `SUM(C${r + 1}:C${r + 4})`, numFmt: '0.00' });
    if (i % 3 === 0) edits.push({ ref: { sheet: T01, row: r, col: 4 }, numFmt: '#,##0.0' });
  }
  const last = dataRows + 4;
  edits.push({ ref: { sheet: T01, row: last, col: 3 }, formula: `SUM(C4:C${last - 1})` });
  for (let j = 0; j < Math.ceil(dataRows / 10); j++)
    for (let c = 1; c <= 3; c++) edits.push({ ref: { sheet: '_juesuan', row: j + 2, col: c }, value: `填充${j}-${c}` });
  return { createSheets: [], edits };
}

const cellKey = (e: CellEdit) => `${e.ref.sheet}!${key(e.ref.row, e.ref.col)}`;

/** Every cell of the book except `touched`, as bookState gives them. */
function untouched(book: FakeBook, touched: Set<string>) {
  return bookState(book).map((s) => ({ ...s, cells: s.cells.filter(([k]) => !touched.has(`${s.name}!${k}`)) }));
}

describe('applyPlan and undo: proxy objects do not grow with the workbook (issue 7)', () => {
  async function run(dataRows: number) {
    const book = fakeBookFromGrid(makeWorkbook(dataRows));
    const plan = fillLikePlan(dataRows);
    const apply = new FakeContext(book);
    const record = await applyPlan(plan, asContext(apply));
    const back = new FakeContext(book);
    await undo(record, asContext(back));
    return { plan, apply, back };
  }

  it('uses the same syncs and proxies for a 50-row and a 5,000-row workbook, to apply and to undo', async () => {
    const small = await run(50);
    const large = await run(5000);
    expect(large.plan.edits.length).toBeGreaterThan(50 * small.plan.edits.length);
    expect([small.apply.syncCount, small.back.syncCount]).toEqual([2, 3]);
    expect([large.apply.syncCount, large.back.syncCount]).toEqual([2, 3]);
    expect(large.apply.proxyCount).toBe(small.apply.proxyCount);
    expect(large.back.proxyCount).toBe(small.back.proxyCount);
    // One range per edited sheet (公开01表, _juesuan) read and one written, and one to look for Excel tables under
    // the formulas; undo: the same two read back and written.
    expect([large.apply.rangeCount, large.back.rangeCount]).toEqual([5, 4]);
  });

  it('leaves every cell outside the plan inside the written box untouched: never written, same value, formula, format', async () => {
    const book = fakeBookFromGrid(makeWorkbook(500));
    const t01 = book.get(T01);
    // Inside the box: a cell with only a number format, text that looks like a number, an error, formulas (column D).
    t01.cells.set(key(6, 4), { value: '', numFmt: '0.0%' });
    t01.cells.set(key(7, 3), { value: '001', numFmt: '@' });
    t01.cells.set(key(8, 3), { value: '#N/A', formula: 'NA()' });
    const plan = fillLikePlan(500);
    const touched = new Set(plan.edits.map(cellKey));
    expect(touched.has(`${T01}!${key(6, 4)}`) || touched.has(`${T01}!${key(7, 3)}`)).toBe(false);
    const snapshot = untouched(book, touched);
    const ctx = new FakeContext(book);
    await applyPlan(plan, asContext(ctx));
    expect([...ctx.written].sort()).toEqual([...touched].sort());
    expect(untouched(book, touched)).toEqual(snapshot);
    expect(t01.cells.get(key(7, 3))).toEqual({ value: '001', numFmt: '@' });
    expect(t01.cells.get(key(6, 4))).toEqual({ value: '', numFmt: '0.0%' });
    for (const e of plan.edits) expect(touched.has(cellKey(e))).toBe(true);
    expect(t01.cells.get(key(9, 3))?.formula).toBe('SUM(C10:C13)');
    expect(t01.cells.get(key(9, 3))?.numFmt).toBe('0.00');
    expect(t01.cells.get(key(7, 4))?.formula).toBe('C7*2'); // format-only edit keeps the formula
    expect(t01.cells.get(key(7, 4))?.numFmt).toBe('#,##0.0');
  });

  it('undo restores every cell exactly and writes only the cells the write changed', async () => {
    const book = fakeBookFromGrid(makeWorkbook(5000));
    book.get(T01).cells.set(key(9, 5), { value: '', numFmt: '0.0%' }); // empty but formatted, edited below
    const snapshot = bookState(book);
    const plan = fillLikePlan(5000);
    const withFormatted: EditPlan = {
      ...plan,
      edits: [...plan.edits, { ref: { sheet: T01, row: 9, col: 5 }, value: 7, numFmt: '0' }],
    };
    const record = await applyPlan(withFormatted, asContext(new FakeContext(book)));
    expect(bookState(book)).not.toEqual(snapshot);
    const ctx = new FakeContext(book);
    await undo(record, asContext(ctx));
    expect(bookState(book)).toEqual(snapshot);
    // The 合计 formula the plan rewrites unchanged (row 5004) needs no restoring: every other edited cell does.
    const same = `${T01}!${key(5004, 3)}`;
    expect(record.cells.find((c) => cellKey(c as CellEdit) === same)?.before?.formula).toBe('SUM(C4:C5003)');
    const changed = [...new Set(withFormatted.edits.map(cellKey))].filter((k) => k !== same);
    expect([...ctx.written].sort()).toEqual(changed.sort());
    expect(book.calcSuspensions).toBe(2); // over SUSPEND_CALC_ABOVE edits: both the write and the undo
  });

  it('keeps a sparse, far-apart edit set within the bound and reads only around the edits', async () => {
    const book = fakeBookFromGrid(makeWorkbook(50));
    const snapshot = bookState(book);
    const far: CellEdit[] = [
      { ref: { sheet: T01, row: 1, col: 1 }, value: '收入支出决算总表（修订）' },
      { ref: { sheet: T01, row: 50000, col: 26 }, value: 1 },
    ];
    const ctx = new FakeContext(book);
    const record = await applyPlan({ createSheets: [], edits: far }, asContext(ctx));
    expect(ctx.rangeCount).toBe(4); // A1 and Z50000 (read, then written), not A1:Z50000
    expect(ctx.cellsLoaded).toBe(2);
    await undo(record, asContext(new FakeContext(book)));
    expect(bookState(book)).toEqual(snapshot);

    // 3,000 cells scattered at random over A1:Z50000 of one sheet.
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const scattered: CellEdit[] = [];
    for (let i = 0; i < 3000; i++)
      scattered.push({ ref: { sheet: '_juesuan', row: 1 + rand(50000), col: 1 + rand(26) }, value: i });
    // Up to 8 boxes of 1,000,000 mostly untouched cells: read in bands under the web's 5 MB per response.
    const big = new FakeContext(book).web();
    const rec2 = await applyPlan({ createSheets: [], edits: scattered }, asContext(big));
    expect(Math.max(...big.responseBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(Math.max(...big.requestBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(big.cellsLoaded).toBeLessThanOrEqual(MAX_RANGE_CELLS * MAX_BOXES_PER_SHEET);
    expect([...big.written].sort()).toEqual([...new Set(scattered.map(cellKey))].sort());
    const back = new FakeContext(book).web();
    await undo(rec2, asContext(back));
    expect(Math.max(...back.responseBytes, ...back.requestBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(bookState(book)).toEqual(snapshot);
  });

  it('refuses, before writing anything, a box Excel would read as null (past its cells-per-read limit)', async () => {
    const book = fakeBookFromGrid(makeWorkbook(50));
    const snapshot = bookState(book);
    const ctx = new FakeContext(book);
    ctx.readCellLimit = 100;
    await expect(applyPlan(fillLikePlan(50), asContext(ctx))).rejects.toThrow(
      '未做任何修改（涉及工作表 「公开01表」、「_juesuan」；可能已被改名或删除）：工作表「公开01表」的区域 C4:D54 超过 Excel 单次读取的上限',
    );
    expect(ctx.syncCount).toBe(1);
    expect(bookState(book)).toEqual(snapshot);
  });
});
