import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../src/cli/main';
import { planFill } from '../../src/core/derive';
import { analyseGrid } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid/grid';
import { draftNarrative } from '../../src/core/narrative/draft';
import { narrativeSheetPlan, NARRATIVE_SHEET_NAME } from '../../src/core/narrative/sheet-plan';
import { mergePlans, type EditPlan } from '../../src/core/plan/types';
import { applyPlan as applyToExcel, undo as undoInExcel } from '../../src/excel/write';
import { applyPlan, undoPlan } from '../../src/io/apply-plan';
import { readGridFromBuffer } from '../../src/io/workbook';
import { FileGateway } from '../../src/web/file-gateway';
import { captureIO } from '../cli/io';
import { FakeContext, fakeBookFromGrid } from '../excel/fake-excel';
import { bookContents, bytesContents, expectSame, expectedAfter, sampleWithGaps, workbookContents } from './cells';
import { checkGrid } from '../../src/cli/commands/check';
import { waiverPlan } from '../../src/core/checks/waivers';
import { mappingOverridePlan } from '../../src/core/mapping/override';

/**
 * Every way the tool writes into a workbook goes through a plan (src/core/plan) applied by one function per host —
 * src/io/apply-plan.ts for ExcelJS workbooks (CLI fill, the web page), src/excel/write.ts for Office.js (the
 * add-in). Each path is walked here: the cells changed are exactly the plan's edits, and undo puts every cell back.
 */
const dir = mkdtempSync(join(tmpdir(), 'juesuan-write-paths-'));
const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;
let bytes: Uint8Array;
let typed: string;
let grid: Grid;
/** A warning of the sample (a 决算 above its 年初预算), waived in the CLI test. */
const WAIVED = { rule: 'plaus-budget-variance', cell: '' };

function fillPlan(g: Grid): EditPlan {
  const fill = planFill(g, analyseGrid(g), { mode: 'formulas', overwrite: 'none', now: '2024-03-01T00:00:00Z' });
  return fill.plan;
}

function narrativePlan(g: Grid, previousRows?: number): EditPlan {
  const draft = draftNarrative(analyseGrid(g).disclosure);
  const exists = g.sheets.some((s) => s.name === NARRATIVE_SHEET_NAME);
  return narrativeSheetPlan(draft, { exists, previousRows });
}

beforeAll(async () => {
  ({ bytes, typed } = await sampleWithGaps());
  grid = (await readGridFromBuffer(bytes)).grid;
  const f = checkGrid(grid).findings.find((x) => x.rule === WAIVED.rule && x.severity === 'warning')!;
  WAIVED.cell = f.cells[0].ref;
});

test('the fill plan of the test workbook writes the emptied totals and not the typed one', () => {
  const fill = planFill(grid, analyseGrid(grid), { mode: 'formulas', overwrite: 'none' });
  expect(fill.written.length).toBeGreaterThanOrEqual(12);
  expect(fill.conflicts.map((c) => `${c.cell.sheet}!`)).toContain(`${typed.split('!')[0]}!`);
  expect(fill.plan.edits.map((e) => `${e.ref.sheet}!${e.ref.row},${e.ref.col}`)).not.toContain(typed);
});

/** Runs a CLI command that writes `out`; returns what it wrote. */
async function cli(argv: string[]): Promise<Uint8Array> {
  const io = captureIO();
  const code = await run(argv, io);
  expect([code, io.stderr()]).toEqual([0, '']);
  return readFileSync(argv[argv.indexOf('-o') + 1]);
}

describe('CLI writes (fill, draft -o .xlsx, waive, map --set → cli/write-workbook → io/apply-plan, undo kept in the file)', () => {
  const input = () => {
    const path = join(dir, 'in.xlsx');
    writeFileSync(path, bytes);
    return path;
  };

  test.each([
    ['fill', (i: string, o: string) => ['fill', i, '-o', o], (g: Grid) => fillPlan(g)],
    ['draft -o out.xlsx', (i: string, o: string) => ['draft', i, '-o', o], (g: Grid) => narrativePlan(g)],
    [
      'waive',
      (i: string, o: string) => [
        'waive',
        i,
        '-o',
        o,
        '--rule',
        WAIVED.rule,
        '--cell',
        WAIVED.cell,
        '--reason',
        '年中追加',
      ],
      (g: Grid) => {
        const f = checkGrid(g).findings.find(
          (x) => x.rule === WAIVED.rule && x.cells.some((c) => c.ref === WAIVED.cell),
        )!;
        return waiverPlan(g, f, '年中追加', 'now');
      },
    ],
    [
      'map --set',
      (i: string, o: string) => ['map', i, '--set', 'T05=公开05表!A1:F30', '-o', o],
      (g: Grid) => mappingOverridePlan(g, { table: 'T05', sheet: '公开05表', range: 'A1:F30' }),
    ],
  ])(
    '%s: the output is the input plus exactly the plan; juesuan undo gives the input back',
    async (_name, argv, plan) => {
      const inPath = input();
      const hash = createHash('sha256').update(readFileSync(inPath)).digest('hex');
      const outPath = join(dir, 'out.xlsx');
      const out = await cli(argv(inPath, outPath));
      const before = await bytesContents(bytes);
      const p = plan(grid);
      expect(p.edits.length).toBeGreaterThan(0);
      expectSame(await bytesContents(out), expectedAfter(before, p));
      expect(createHash('sha256').update(readFileSync(inPath)).digest('hex')).toBe(hash);
      // The undo kept in the output file restores every cell of the input (value, formula, number format).
      const back = await cli(['undo', outPath, '-o', join(dir, 'back.xlsx')]);
      expectSame(await bytesContents(back, true), await bytesContents(bytes, true));
    },
  );

  test('undo of the same plan on the loaded workbook (io/apply-plan undoPlan) restores every cell, also after saving', async () => {
    const { workbook } = await readGridFromBuffer(bytes);
    const before = workbookContents(workbook);
    const plan = mergePlans(fillPlan(grid), narrativePlan(grid));
    const record = applyPlan(workbook, plan);
    expectSame(workbookContents(workbook), expectedAfter(before, plan));
    undoPlan(workbook, record);
    expectSame(workbookContents(workbook), before);
    const saved = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expectSame(await bytesContents(saved), before);
  });
});

describe('web page (src/web/file-gateway.ts → io/apply-plan)', () => {
  /** What the page would let the user download now. */
  const now = async (gw: FileGateway) => bytesContents(await gw.save!());

  test('fill and 情况说明 plans: exactly the plan, undo in reverse order restores everything', async () => {
    const gw = await FileGateway.open(bytes, 'sample.xlsx');
    const original = await now(gw);
    const fill = fillPlan(await gw.read());
    const r1 = await gw.apply(fill);
    const afterFill = expectedAfter(original, fill);
    expectSame(await now(gw), afterFill);
    const narrative = narrativePlan(await gw.read());
    expect(narrative.createSheets.map((s) => s.name)).toEqual([NARRATIVE_SHEET_NAME]);
    const r2 = await gw.apply(narrative);
    expectSame(await now(gw), expectedAfter(afterFill, narrative));
    await gw.undo(r2);
    expect((await gw.read()).sheets.map((s) => s.name)).not.toContain(NARRATIVE_SHEET_NAME);
    expectSame(await now(gw), afterFill);
    await gw.undo(r1);
    expectSame(await now(gw), original);
  });

  test('a second, shorter draft over an existing 情况说明 sheet: rows left over are blanked, undo restores the old text', async () => {
    const gw = await FileGateway.open(bytes, 'sample.xlsx');
    await gw.apply(narrativePlan(await gw.read()));
    const longer = await now(gw);
    const rows = (await gw.read()).sheets.find((s) => s.name === NARRATIVE_SHEET_NAME)!.rows.length;
    // A draft that is shorter than what the sheet holds (an earlier draft with more paragraphs).
    const draft = draftNarrative(analyseGrid(await gw.read()).disclosure);
    const short = narrativeSheetPlan(
      { ...draft, paragraphs: draft.paragraphs.slice(0, 5) },
      { exists: true, previousRows: rows },
    );
    const record = await gw.apply(short);
    const after = await now(gw);
    expectSame(after, expectedAfter(longer, short));
    // The title row and 5 paragraphs, text and section id each.
    expect([...after.keys()].filter((k) => k.startsWith(`${NARRATIVE_SHEET_NAME}!`))).toHaveLength(12);
    await gw.undo(record);
    expectSame(await now(gw), longer);
  });
});

describe('Excel add-in (src/excel/write.ts, on the fake Office.js workbook)', () => {
  test('fill plus 情况说明 in one plan: exactly the plan, undo restores every value, formula and format', async () => {
    const book = fakeBookFromGrid(grid);
    const before = bookContents(book);
    const plan = mergePlans(fillPlan(grid), narrativePlan(grid));
    const record = await applyToExcel(plan, asContext(new FakeContext(book)));
    expectSame(bookContents(book), expectedAfter(before, plan));
    await undoInExcel(record, asContext(new FakeContext(book)));
    expectSame(bookContents(book), before);
    expect(book.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
  });
});

describe('CLI draft writes documents, never the workbook', () => {
  test('draft -o out.docx leaves the workbook byte for byte as it was', async () => {
    const input = join(dir, 'draft-in.xlsx');
    writeFileSync(input, bytes);
    const io = captureIO();
    expect(await run(['draft', input, '-o', join(dir, 'draft.docx')], io)).toBe(0);
    expect(Buffer.compare(readFileSync(input), Buffer.from(bytes))).toBe(0);
  });
});
