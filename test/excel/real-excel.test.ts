import type { CellEdit, EditPlan } from '../../src/core/plan/types';
import { readWorkbook } from '../../src/excel/read';
import { selectCells } from '../../src/excel/select';
import { applyPlan, undo, WriteFailedError } from '../../src/excel/write';
import { excelError, FakeContext, fakeBookFromGrid, key, WEB_PAYLOAD_LIMIT, type FakeBook } from './fake-excel';
import { bookState, cellList, makeWorkbook } from './workbooks';

/**
 * The gateway against the fake as Excel really behaves (issue 17): each test is one way real Excel hurts a kinder
 * fake's code — a failing batch that stays half applied, a very hidden sheet that cannot be deleted, Excel on the
 * web's 5 MB payloads, 512 merged areas, cell-edit mode, protection, slow syncs, hidden sheets, table columns.
 */
const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;
const T01 = '公开01表';
const STORE = '_juesuan_store';

/** A fill-like plan on makeWorkbook: a very hidden store sheet created, 合计 formulas and amounts written. */
function fillPlan(rows = 20): EditPlan {
  const edits: CellEdit[] = [];
  for (let r = 4; r < 4 + rows; r++) edits.push({ ref: { sheet: T01, row: r, col: 3 }, value: r * 10, numFmt: '0.00' });
  edits.push({ ref: { sheet: T01, row: 4 + rows, col: 5 }, formula: `SUM(C4:C${3 + rows})` });
  edits.push(
    { ref: { sheet: STORE, row: 1, col: 1 }, value: '类型' },
    { ref: { sheet: STORE, row: 2, col: 1 }, value: 'fill' },
  );
  return { createSheets: [{ name: STORE, visibility: 'veryHidden' }], edits };
}

function freshBook(rows = 50): FakeBook {
  return fakeBookFromGrid(makeWorkbook(rows));
}

async function failure(p: Promise<unknown>): Promise<WriteFailedError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WriteFailedError);
    return e as WriteFailedError;
  }
  throw new Error('expected the write to fail');
}

describe('undo of a write that created a very hidden sheet (the first fill of every fresh workbook)', () => {
  it('deletes the sheet (Hidden first, as Excel requires) and restores every cell', async () => {
    const book = freshBook();
    const snapshot = bookState(book);
    const record = await applyPlan(fillPlan(), asContext(new FakeContext(book)));
    expect(book.get(STORE).visibility).toBe('VeryHidden');
    await expect(undo(record, asContext(new FakeContext(book)))).resolves.toEqual({ kept: [], keptSheets: [] });
    expect(book.find(STORE)).toBeUndefined();
    expect(bookState(book)).toEqual(snapshot);
  });
});

describe('a failed batch is not rolled back by Excel: the gateway puts the workbook back or says what changed', () => {
  it('a protected sheet met mid-write: the cells already written and the created sheet are put back', async () => {
    const book = freshBook();
    book.addSheet('封面').protected = true;
    const snapshot = bookState(book);
    const plan = fillPlan();
    const withCover: EditPlan = {
      ...plan,
      edits: [...plan.edits, { ref: { sheet: '封面', row: 1, col: 1 }, value: 'x' }],
    };
    const ctx = new FakeContext(book);
    const err = await failure(applyPlan(withCover, asContext(ctx)));
    expect(err.outcome).toBe('unchanged');
    expect(err.code).toBe('AccessDenied');
    expect(err.message).toContain('受保护');
    expect(err.message).toContain('已自动恢复');
    expect(err.message).toContain(`新建的工作表 「${STORE}」 已删除`);
    expect(bookState(book)).toEqual(snapshot);
  });

  it('the sheet a plan creates is hidden before anything is written into it', async () => {
    const book = freshBook();
    const ctx = new FakeContext(book);
    let seen: string | undefined;
    ctx.failOp = (sync, _i, kind) => {
      if (sync === 2 && kind === 'write' && seen === undefined) seen = book.find(STORE)?.visibility;
      return undefined;
    };
    await applyPlan(fillPlan(), asContext(ctx));
    expect(seen).toBe('VeryHidden');
  });

  it('when putting back fails too, the error lists exactly the changed cells and its record undoes them later', async () => {
    const book = freshBook();
    const snapshot = bookState(book);
    const ctx = new FakeContext(book);
    // The write sync (2: add, hide, 公开01表 contents, its formats, …) fails at the formats, after the contents
    // landed; the compensating restore (sync 5, after reading back in 3 and 4) fails at once.
    ctx.failOp = (sync, i) =>
      (sync === 2 && i === 3) || sync === 5 ? excelError('GeneralException', 'internal error') : undefined;
    const err = await failure(applyPlan(fillPlan(), asContext(ctx)));
    expect(err.outcome).toBe('partial');
    const changed = new Set(err.changed.map((r) => `${r.sheet}!${key(r.row, r.col)}`));
    // Exactly the cells that differ from the snapshot now, on the existing sheets.
    const now = bookState(book);
    const differs = now
      .filter((s) => s.name !== STORE)
      .flatMap((s) => {
        const old = new Map(snapshot.find((o) => o.name === s.name)!.cells.map(([k, ...v]) => [k, JSON.stringify(v)]));
        const cur = new Map(s.cells.map(([k, ...v]) => [k, JSON.stringify(v)]));
        return [...new Set([...old.keys(), ...cur.keys()])]
          .filter((k) => old.get(k) !== cur.get(k))
          .map((k) => `${s.name}!${k}`);
      });
    expect(differs.length).toBeGreaterThan(0);
    expect([...changed].sort()).toEqual(differs.sort());
    expect(err.message).toContain('已被改写的单元格');
    expect(err.message).toContain(`已新建的工作表：「${STORE}」`);
    await undo(err.record!, asContext(new FakeContext(book)));
    expect(bookState(book)).toEqual(snapshot);
  });

  it('when Excel cannot even be read back (cell-edit mode), the record of the whole write is kept', async () => {
    const book = freshBook();
    const snapshot = bookState(book);
    const ctx = new FakeContext(book);
    ctx.failOp = (sync, i) => {
      if (sync === 2 && i === 4) {
        book.cellEditMode = true; // the user started typing in a cell while the write ran
        return excelError('InvalidOperationInCellEditMode');
      }
      return undefined;
    };
    const err = await failure(applyPlan(fillPlan(), asContext(ctx)));
    expect(err.outcome).toBe('unknown');
    expect(err.message).toContain('单元格编辑状态');
    expect(err.message).toContain('撤销记录已保留');
    book.cellEditMode = false;
    await undo(err.record!, asContext(new FakeContext(book)));
    expect(bookState(book)).toEqual(snapshot);
  });
});

describe('a slow Excel: no timeout races a write', () => {
  it('waits for the write however long it takes, keeps the record, and undo then works', async () => {
    const book = freshBook();
    const snapshot = bookState(book);
    const ctx = new FakeContext(book);
    ctx.delayMs = (sync) => (sync === 2 ? 60 : 0); // the write sync takes longer than the read timeout
    const progress: string[] = [];
    const record = await applyPlan(fillPlan(), asContext(ctx), {
      timeoutMs: 10,
      onProgress: (d, t) => progress.push(`${d}/${t}`),
    });
    expect(progress).toEqual(['1/1']);
    expect(book.get(T01).cells.get(key(5, 3))?.value).toBe(50);
    ctx.delayMs = 0;
    await undo(record, asContext(ctx));
    expect(bookState(book)).toEqual(snapshot);
  });

  it('a read still times out with a clear message (reads change nothing)', async () => {
    const ctx = new FakeContext(freshBook());
    ctx.delayMs = 40;
    await expect(readWorkbook(asContext(ctx), { timeoutMs: 10 })).rejects.toThrow('没有响应（读取工作表列表）');
  });
});

describe("Excel on the web's 5 MB per request and per response", () => {
  it('reads a workbook whose contents pass 5 MB in several responses, each under the limit', async () => {
    const grid = makeWorkbook(40_000);
    const ctx = new FakeContext(fakeBookFromGrid(grid)).web();
    const out = await readWorkbook(asContext(ctx));
    expect(ctx.responseBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(Math.max(...ctx.responseBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(cellList(out)).toEqual(cellList(grid));
  });

  it('splits and retries a read Excel refuses for its size (the estimate can be wrong)', async () => {
    const grid = makeWorkbook(2000);
    const ctx = new FakeContext(fakeBookFromGrid(grid));
    ctx.responseLimit = 60_000;
    const out = await readWorkbook(asContext(ctx));
    expect(cellList(out)).toEqual(cellList(grid));
    expect(ctx.refused.length).toBeGreaterThan(0);
    expect(Math.max(...ctx.responseBytes)).toBeLessThanOrEqual(60_000);
    expect(ctx.syncCount).toBeGreaterThan(4);
  });

  it('writes a fill whose request passes 5 MB in several requests, each under the limit, and undoes it', async () => {
    const book = fakeBookFromGrid(makeWorkbook(100));
    const snapshot = bookState(book);
    const edits: CellEdit[] = [];
    const text = '支出功能分类科目名称说明文字'.repeat(4);
    for (let r = 1; r <= 30_000; r++) edits.push({ ref: { sheet: '_juesuan', row: r, col: 5 }, value: `${text}${r}` });
    const ctx = new FakeContext(book).web();
    const progress: number[] = [];
    const record = await applyPlan({ createSheets: [], edits }, asContext(ctx), {
      onProgress: (d) => progress.push(d),
    });
    expect(ctx.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(Math.max(...ctx.requestBytes, ...ctx.responseBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(progress.length).toBeGreaterThan(1);
    expect(book.get('_juesuan').cells.get(key(30_000, 5))?.value).toBe(`${text}30000`);
    const back = new FakeContext(book).web();
    await undo(record, asContext(back));
    expect(Math.max(...back.requestBytes, ...back.responseBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    // Reading 30,000 long texts back passes the estimate: Excel refused a response, the read was split and retried.
    expect(back.refused).toContain('ResponsePayloadSizeLimitExceeded');
    expect(bookState(book)).toEqual(snapshot);
  });
});

describe('merged areas: Excel fails above 512 in one request', () => {
  it('reads every merged area of a heavily merged sheet, and the other sheets', async () => {
    const grid = makeWorkbook(20);
    const book = fakeBookFromGrid(grid);
    const cover = book.addSheet('封面');
    for (let r = 1; r <= 1500; r++) {
      cover.cells.set(key(r, 1), { value: `第${r}行` });
      cover.merges.push({ top: r, left: 1, bottom: r, right: 3 });
    }
    const ctx = new FakeContext(book);
    const out = await readWorkbook(asContext(ctx));
    expect(out.sheets.find((s) => s.name === '封面')!.merges).toEqual(cover.merges);
    expect(out.sheets.find((s) => s.name === T01)!.merges).toEqual(grid.sheets[0].merges);
  });
});

describe('undo never overwrites what the user changed since the write', () => {
  it('leaves a retyped cell and an edited created sheet alone, restores the rest, and says which', async () => {
    const book = freshBook();
    const plan: EditPlan = {
      createSheets: [{ name: '情况说明', visibility: 'visible' }],
      edits: [
        { ref: { sheet: T01, row: 4, col: 3 }, value: 1 },
        { ref: { sheet: T01, row: 5, col: 3 }, value: 2 },
        { ref: { sheet: '情况说明', row: 1, col: 1 }, value: '一、部门职责' },
      ],
    };
    const { value, numFmt } = book.get(T01).cells.get(key(5, 3))!;
    const record = await applyPlan(plan, asContext(new FakeContext(book)));
    book.get(T01).cells.set(key(4, 3), { value: 1234 }); // retyped by the user
    book.get('情况说明').cells.set(key(2, 1), { value: '用户补充的一段' });
    const out = await undo(record, asContext(new FakeContext(book)));
    expect(out).toEqual({ kept: [{ sheet: T01, row: 4, col: 3 }], keptSheets: ['情况说明'] });
    expect(book.get(T01).cells.get(key(4, 3))?.value).toBe(1234);
    expect(book.get(T01).cells.get(key(5, 3))).toMatchObject({ value, numFmt, formula: undefined });
    expect(book.find('情况说明')).toBeDefined();
  });

  it('an undo that failed half-way can be run again: cells already back are skipped, not reported', async () => {
    const book = freshBook();
    const snapshot = bookState(book);
    const record = await applyPlan(fillPlan(), asContext(new FakeContext(book)));
    const ctx = new FakeContext(book);
    ctx.failOp = (sync, i) => (sync === 3 && i === 3 ? excelError('AccessDenied') : undefined);
    await expect(undo(record, asContext(ctx))).rejects.toThrow('再按「撤销这次写入」');
    await expect(undo(record, asContext(new FakeContext(book)))).resolves.toEqual({ kept: [], keptSheets: [] });
    expect(bookState(book)).toEqual(snapshot);
  });
});

describe('honest errors and the smaller things', () => {
  it('cell-edit mode: a Chinese message naming what to do, not Excel’s text', async () => {
    const book = freshBook();
    book.cellEditMode = true;
    await expect(readWorkbook(asContext(new FakeContext(book)))).rejects.toThrow(
      '读取工作表列表失败：Excel 正处于单元格编辑状态（有单元格正在输入）。请按 Enter 或 Esc 结束编辑，然后重试。',
    );
    const snapshot = bookState(book);
    await expect(applyPlan(fillPlan(), asContext(new FakeContext(book)))).rejects.toThrow('单元格编辑状态');
    expect(bookState(book)).toEqual(snapshot);
  });

  it("reads text typed as '=… as text, and newer error values as errors", async () => {
    const book = freshBook(3);
    const t01 = book.get(T01);
    t01.cells.set(key(20, 1), { value: '=不是公式' });
    t01.cells.set(key(20, 2), { value: '#SPILL!', formula: 'SEQUENCE(3)' });
    t01.cells.set(key(20, 3), { value: '#PYTHON!', formula: 'PY(1,0)' });
    t01.cells.set(key(20, 4), { value: '#TIMEOUT!' });
    const out = await readWorkbook(asContext(new FakeContext(book)));
    const row = out.sheets[0].rows[19]!;
    expect(row[0]).toEqual({ value: '=不是公式', text: '=不是公式' });
    expect(row[1]?.value).toEqual({ error: '#SPILL!' });
    expect(row[2]).toMatchObject({ value: { error: '#PYTHON!' }, formula: 'PY(1,0)' });
    expect(row[3]?.value).toEqual({ error: '#TIMEOUT!' });
  });

  it('pointing at cells on a hidden sheet says so in Chinese instead of failing', async () => {
    const book = freshBook();
    await expect(
      selectCells([{ sheet: "My, Sheet's", row: 2, col: 2 }], asContext(new FakeContext(book))),
    ).rejects.toThrow('已隐藏。请在 Excel 中右键任一工作表标签 → 取消隐藏');
    await expect(
      selectCells([{ sheet: '_juesuan', row: 1, col: 1 }], asContext(new FakeContext(book))),
    ).rejects.toThrow('深度隐藏');
  });

  it('refuses, before writing anything, a formula into an Excel table column (it would become a calculated column)', async () => {
    const book = freshBook();
    book.get(T01).tables = [{ name: '表1', box: { top: 3, left: 3, bottom: 30, right: 4 } }];
    const snapshot = bookState(book);
    const plan: EditPlan = { createSheets: [], edits: [{ ref: { sheet: T01, row: 10, col: 3 }, formula: 'C4*2' }] };
    await expect(applyPlan(plan, asContext(new FakeContext(book)))).rejects.toThrow(
      '公式将写入工作表「公开01表」中 Excel 表格「表1」的数据区（公开01表!C10）',
    );
    expect(bookState(book)).toEqual(snapshot);
    // The same when the first read is refused for its size and retried in parts (the table look-up goes again).
    const small = new FakeContext(book);
    small.responseLimit = 1500;
    const wide: EditPlan = {
      createSheets: [],
      edits: [...plan.edits, { ref: { sheet: T01, row: 40, col: 1 }, value: 1 }],
    };
    await expect(applyPlan(wide, asContext(small))).rejects.toThrow('Excel 表格「表1」的数据区');
    expect(small.refused.length).toBeGreaterThan(0);
    expect(bookState(book)).toEqual(snapshot);
    // A value is fine, and a formula outside the table too.
    const ok: EditPlan = {
      createSheets: [],
      edits: [
        { ref: { sheet: T01, row: 10, col: 3 }, value: 5 },
        { ref: { sheet: T01, row: 10, col: 6 }, formula: 'C10*2' },
      ],
    };
    await applyPlan(ok, asContext(new FakeContext(book)));
    expect(book.get(T01).cells.get(key(11, 3))?.formula).toBeUndefined(); // no calculated column
    expect(book.get(T01).cells.get(key(10, 6))?.formula).toBe('C10*2');
  });
});

describe('the fake delivers no loaded value from a refused or failed sync (Excel returns an error, not values)', () => {
  it('a response over the limit: the writes stay, the loaded values cannot be read', async () => {
    const book = freshBook();
    const ctx = new FakeContext(book);
    ctx.responseLimit = 1000;
    const ws = ctx.workbook.worksheets.getItem(T01);
    ws.getRange('C4').values = [[123]];
    const range = ws.getRange('A1:F50').load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(book.get(T01).cells.get(key(4, 3))?.value).toBe(123);
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
  });

  it('an operation failing mid-batch: earlier loads of that batch stay unreadable, a later sync delivers', async () => {
    const book = freshBook();
    const ctx = new FakeContext(book);
    ctx.failOp = (n, i) => (n === 1 && i === 1 ? excelError('GeneralException', 'injected') : undefined);
    const ws = ctx.workbook.worksheets.getItem(T01);
    const first = ws.getRange('A1:B2').load('values');
    ws.getRange('A3:B3').load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(() => first.values).toThrow(/PropertyNotLoaded/);
    const again = ws.getRange('A1:B2').load('values');
    await ctx.sync();
    expect(again.values).toHaveLength(2);
  });
});
