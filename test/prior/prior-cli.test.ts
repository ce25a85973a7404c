import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseArgs } from '../../src/cli/command';
import { priorCommand } from '../../src/cli/commands/prior';
import { undoCommand } from '../../src/cli/commands/undo';
import { Dec } from '../../src/core/decimal/dec';
import { analyseGrid } from '../../src/core/engine';
import { refToString, findSheet, getCell, parseRef } from '../../src/core/grid/grid';
import { draftNarrative } from '../../src/core/narrative/draft';
import { renderText } from '../../src/core/narrative/render-text';
import { PRIOR_KEYS, planPrior } from '../../src/core/prior';
import { readGridFromFile } from '../../src/io/xlsx';
import type { SampleData } from '../../scripts/samples/types';
import { captureIO } from '../cli/io';
import { priorPairData, writeSample } from '../../scripts/gen-unit-set';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-prior-'));
const pair = priorPairData();
let last: string;
let current: string;

/** What each 上年 line must hold: last year's generated figures (the generator's data, not the engine's reading). */
function expected(d: SampleData): Record<string, string> {
  const tp = (p: string) => d.t07[`actual.${p}`] ?? '0';
  const t05Total = Dec.sum(d.t05.map((l) => Dec.from(l.v.total ?? '0'))).toFixed(2);
  return {
    'prior.income.total': d.t01['income.total'],
    'prior.expense.total': d.t01['expense.total'],
    'prior.grand': d.t01['income.grand'],
    'prior.fiscal.income': d.t04['income.total'],
    'prior.fiscal.expense': d.t04['expense.total.total'],
    'prior.fiscal.grand': d.t04['income.grand'],
    'prior.general.expense': t05Total,
    'prior.threePublic.total': tp('total'),
    'prior.threePublic.abroad': tp('abroad'),
    'prior.threePublic.vehicle': tp('vehicle'),
    'prior.threePublic.vehiclePurchase': tp('vehiclePurchase'),
    'prior.threePublic.vehicleOperation': tp('vehicleOperation'),
    'prior.threePublic.reception': tp('reception'),
    'prior.operatingCost': String(d.supplementary['operatingCost.amount']),
    // Counts carried forward from last year's 补充信息.
    ...Object.fromEntries(
      [
        'threePublic.abroad.groups',
        'threePublic.abroad.persons',
        'threePublic.vehicle.purchased',
        'threePublic.vehicle.fleet',
        'threePublic.reception.batches',
        'threePublic.reception.persons',
        'assets.vehicles.total',
      ].map((k) => [`prior.${k}`, String(d.supplementary[k])]),
    ),
    // 上年决算数 of every 项 of 公开05表: last year's generated 合计 of the same code.
    ...Object.fromEntries(d.t05.map((l) => [`prior.subject.${l.code}`, l.v.total ?? '0'])),
  };
}

/** Every 上年 line of this year's workbook: the fixed ones and one per 项 of this year's 公开05表. */
const ALL_KEYS = [...PRIOR_KEYS, ...pair.current.t05.map((l) => `prior.subject.${l.code}`)];

const run = async (cmd: typeof priorCommand, ...argv: string[]) => {
  const io = captureIO();
  const code = await cmd.run(parseArgs(argv), io);
  return { code, out: io.stdout(), err: io.stderr() };
};

beforeAll(async () => {
  // Last year in the national export (元), this year in another export (万元, Chinese sheet names).
  last = await writeSample(join(dir, 'last-2023.xlsx'), pair.last, 'national');
  current = await writeSample(join(dir, 'this-2024.xlsx'), pair.current, 'jdfw');
});

describe('juesuan prior on a generated pair of years', () => {
  let json: ReturnType<typeof JSON.parse>;
  const out = () => join(dir, 'prior-out.xlsx');

  beforeAll(async () => {
    const r = await run(priorCommand, current, '--from', last, '-o', out(), '--json');
    expect(r.code).toBe(0);
    json = JSON.parse(r.out);
  });

  it('fills every 上年 line with last year’s figure and names its source cell', async () => {
    const want = expected(pair.last);
    expect(json.filled.map((f: { key: string }) => f.key).sort()).toEqual([...ALL_KEYS].sort());
    // Every 项 of this year is in last year's 公开05表 (the generator's data): all found by code or name.
    expect(pair.current.t05.every((l) => pair.last.t05.some((x) => x.code === l.code))).toBe(true);
    expect(json.conflicts).toEqual([]);
    expect(json.missing).toEqual([]);
    for (const f of json.filled) expect([f.key, Dec.from(f.value).eq(Dec.from(want[f.key]))]).toEqual([f.key, true]);
    const income = json.filled.find((f: { key: string }) => f.key === 'prior.income.total');
    expect(income.source).toMatch(/^公开01表!C\d+$/);
    const op = json.filled.find((f: { key: string }) => f.key === 'prior.operatingCost');
    expect(op.source).toMatch(/^补充信息!C\d+$/);
  });

  it('the written workbook reads back with the figures, and the input file is untouched', async () => {
    const before = readFileSync(current);
    const { disclosure } = analyseGrid(await readGridFromFile(out()));
    const want = expected(pair.last);
    for (const key of ALL_KEYS) {
      const e = disclosure.supplementary?.entries[key];
      const v = e?.figure ? e.figure.value.round(2).toFixed(2) : e?.number?.toFixed();
      const w = e?.figure ? Dec.from(want[key]).toFixed(2) : want[key];
      expect([key, v]).toEqual([key, w]);
    }
    expect(readFileSync(current).equals(before)).toBe(true);
  });

  it('lists the 科目 renamed between the years', () => {
    expect(json.changes).toContainEqual(
      expect.objectContaining({
        change: 'renamed',
        current: { code: pair.renamed, name: pair.current.names[pair.renamed] },
        prior: { code: pair.renamed, name: pair.last.names[pair.renamed] },
      }),
    );
  });

  it('hints name the 款 of 公开05表 that moved most, with their exact differences, in the 说明 column', async () => {
    const hint = json.hints.find((h: { key: string }) => h.key === 'reason.general.expense');
    expect(hint.written).toBe(true);
    const kuan = (d: SampleData, code: string) =>
      Dec.sum(d.t05.filter((l) => l.code.startsWith(code)).map((l) => Dec.from(l.v.total ?? '0')));
    const codes = [...new Set(pair.current.t05.map((l) => l.code.slice(0, 5)))];
    const diffs = codes.map((c) => ({ c, d: kuan(pair.current, c).sub(kuan(pair.last, c)) }));
    const total = Dec.sum(diffs.map((x) => x.d));
    const top = diffs.filter((x) => x.d.sign() === total.sign()).sort((a, b) => b.d.abs().cmp(a.d.abs()))[0];
    expect(hint.parts[0].diff).toBe(top.d.toFixed(2));
    expect(hint.text).toContain(`${top.d.sign() > 0 ? '增加' : '减少'} ${top.d.abs().toFixed(2)} 万元`);
    const grid = await readGridFromFile(out());
    const at = parseRef(hint.cell)!;
    expect(String(getCell(findSheet(grid, at.sheet)!, at.row, at.col)?.value)).toContain(hint.text);
  });

  it('the draft then states last year’s figures instead of placeholders', async () => {
    const before = draftNarrative(analyseGrid(await readGridFromFile(current)).disclosure);
    const after = draftNarrative(analyseGrid(await readGridFromFile(out())).disclosure);
    const priorGaps = (d: typeof before) => d.placeholders.filter((p) => p.key.startsWith('prior.'));
    expect(priorGaps(before).length).toBeGreaterThan(0);
    expect(priorGaps(after)).toEqual([]);
    expect(after.placeholders.length).toBeLessThan(before.placeholders.length);
    const text = renderText(after);
    const want = expected(pair.last);
    for (const key of ['prior.income.total', 'prior.expense.total'])
      expect([key, text.includes(Dec.from(want[key]).toFixed(2))]).toEqual([key, true]);
    // “三公”: the change on last year, exact.
    const op = (d: SampleData) => Dec.from(d.t07['actual.vehicleOperation']);
    const change = op(pair.current).sub(op(pair.last));
    expect(text).toMatch(
      new RegExp(`公务用车运行维护费[^。]*${change.sign() < 0 ? '减少' : '增加'}${change.abs().toFixed(2)}万元`),
    );
  });

  it('a second run keeps every line (same figures) and writes nothing new', async () => {
    const again = join(dir, 'prior-again.xlsx');
    const r = await run(priorCommand, out(), '--from', last, '-o', again, '--json');
    const j = JSON.parse(r.out);
    expect(j.filled).toEqual([]);
    expect(j.kept).toHaveLength(ALL_KEYS.length);
    expect(j.hints.every((h: { written: boolean }) => !h.written)).toBe(true);
  });

  it('juesuan undo removes the imported figures again', async () => {
    const undone = join(dir, 'prior-undone.xlsx');
    expect((await run(undoCommand, out(), '-o', undone)).code).toBe(0);
    const { disclosure } = analyseGrid(await readGridFromFile(undone));
    for (const key of ALL_KEYS) expect([key, disclosure.supplementary?.entries[key]]).toEqual([key, undefined]);
  });
});

describe('juesuan prior never overwrites a typed 上年 value', () => {
  it('keeps an equal figure, lists a different one as a conflict and leaves both cells as typed', async () => {
    const want = expected(pair.last);
    const typed: SampleData = {
      ...pair.current,
      supplementary: {
        ...pair.current.supplementary,
        'prior.income.total': want['prior.income.total'],
        'prior.expense.total': '123.45',
      },
    };
    const file = await writeSample(join(dir, 'typed.xlsx'), typed, 'national');
    const o = join(dir, 'typed-out.xlsx');
    const r = await run(priorCommand, file, '--from', last, '-o', o, '--json');
    const j = JSON.parse(r.out);
    expect(j.kept.map((k: { key: string }) => k.key)).toEqual(['prior.income.total']);
    expect(j.conflicts).toEqual([
      expect.objectContaining({
        key: 'prior.expense.total',
        current: '123.45',
        prior: Dec.from(want['prior.expense.total']).toFixed(2),
      }),
    ]);
    const { disclosure } = analyseGrid(await readGridFromFile(o));
    expect(disclosure.supplementary?.entries['prior.expense.total']?.figure?.value.toFixed(2)).toBe('123.45');
    expect(j.filled).toHaveLength(ALL_KEYS.length - 2);
    const text = (await run(priorCommand, file, '--from', last, '-o', join(dir, 'typed-out2.xlsx'))).out;
    expect(text).toContain('1 处冲突未覆盖');
    expect(text).toContain(`${refToString(parseRef(j.conflicts[0].cell)!)}（上年支出合计（本年支出））：现有 123.45`);
  });

  it('refuses a --from workbook that is not of an earlier year, and requires --from', async () => {
    const again = (...argv: string[]) => priorCommand.run(parseArgs(argv), captureIO());
    await expect(again(current, '--from', current, '-o', join(dir, 'x.xlsx'))).rejects.toThrow(
      /2024 年度的决算，不早于本年（2024 年度）/,
    );
    await expect(again(current, '-o', join(dir, 'x.xlsx'))).rejects.toThrow(/缺少上年工作簿 --from/);
  });
});

describe('juesuan prior on a workbook without a 补充信息 sheet', () => {
  it('adds the 补充信息 template and fills its 上年 lines', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(current);
    wb.removeWorksheet(wb.getWorksheet('补充信息')!.id);
    const bare = join(dir, 'no-supp.xlsx');
    await wb.xlsx.writeFile(bare);
    const o = join(dir, 'no-supp-out.xlsx');
    const r = await run(priorCommand, bare, '--from', last, '-o', o, '--json');
    const j = JSON.parse(r.out);
    expect(j.filled).toHaveLength(ALL_KEYS.length);
    expect(j.addedLines).toBeGreaterThan(ALL_KEYS.length);
    const { disclosure } = analyseGrid(await readGridFromFile(o));
    const want = expected(pair.last);
    expect(disclosure.supplementary?.entries['prior.grand']?.figure?.value.toFixed(2)).toBe(
      Dec.from(want['prior.grand']).toFixed(2),
    );
    // One-step undo removes the sheet it created.
    const undone = join(dir, 'no-supp-undone.xlsx');
    expect((await run(undoCommand, o, '-o', undone)).code).toBe(0);
    expect(findSheet(await readGridFromFile(undone), '补充信息')).toBeUndefined();
  });
});

describe('planPrior per 科目', () => {
  it('a 项 last year’s 公开05表 lacks (new this year) is listed as not filled, with why; re-coded ones are found by name', async () => {
    const grid = await readGridFromFile(current);
    const analysis = analyseGrid(grid);
    const lastYear = analyseGrid(await readGridFromFile(last)).disclosure;
    const t05 = lastYear.tables.T05!;
    const leaves = t05.rows.filter((r) => r.level === 3);
    const gone = leaves[0];
    // A 项 whose name is printed once (names like 行政运行 recur under several 款: those pair by code only).
    const moved = leaves.find((r) => r !== gone && leaves.filter((x) => x.name.trim() === r.name.trim()).length === 1)!;
    // Last year without the first 项, and with the second under another code (same name, same level).
    const edited = {
      ...lastYear,
      tables: {
        ...lastYear.tables,
        T05: {
          ...t05,
          rows: t05.rows.filter((r) => r !== gone).map((r) => (r === moved ? { ...r, code: '2999999' } : r)),
        },
      },
    };
    const p = planPrior(grid, analysis, edited);
    const missing = p.missing.find((m) => m.key === `prior.subject.${gone.code}`);
    expect(missing?.reason).toContain(`上年公开05表中没有科目 ${gone.code}`);
    expect(missing?.label).toContain(`${gone.code} `);
    const found = p.filled.find((f) => f.key === `prior.subject.${moved.code}`);
    expect(found?.value.eq(moved.values.total.value)).toBe(true);
    expect(found?.what).toContain('2999999');
  });
});
