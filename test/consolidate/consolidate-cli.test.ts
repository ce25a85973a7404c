import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { SampleData } from '../../scripts/samples/types';
import { parseArgs } from '../../src/cli/command';
import { consolidateCommand } from '../../src/cli/commands/consolidate';
import { runChecks } from '../../src/core/checks/run';
import { Dec } from '../../src/core/decimal/dec';
import { analyseGrid } from '../../src/core/engine';
import { cellText, findSheet, getCell } from '../../src/core/grid/grid';
import { TABLE_IDS, type Disclosure } from '../../src/core/model/types';
import { readGridFromFile } from '../../src/io/xlsx';
import { captureIO } from '../cli/io';
import { unitData, writeSample, writeUnitSet, type UnitSpec } from '../../scripts/gen-unit-set';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-consolidate-'));
// Three units in two export layouts: 公开NN表 in 元 and Chinese sheet names in 万元 (units normalised on the way).
const SPECS: UnitSpec[] = [
  { name: '示例局本级', rows: 20, seed: 1, layout: 'national' },
  { name: '示例局所属一中心', rows: 45, seed: 2, layout: 'jdfw' },
  { name: '示例局所属二中心', rows: 60, seed: 3, layout: 'national' },
];
let set: Awaited<ReturnType<typeof writeUnitSet>>;

const run = async (...argv: string[]) => {
  const io = captureIO();
  const code = await consolidateCommand.run(parseArgs(argv), io);
  return { code, out: io.stdout(), err: io.stderr() };
};
const read = async (file: string) => analyseGrid(await readGridFromFile(file)).disclosure;

/** Every figure of every table, by a stable key (table, item / 合计 column / 科目 code and column), in 万元. */
function figures(d: Disclosure): Map<string, string> {
  const out = new Map<string, string>();
  const put = (k: string, v: Dec) => {
    if (!v.isZero()) out.set(k, v.normalize().toFixed());
  };
  for (const id of TABLE_IDS) {
    const t = d.tables[id];
    if (!t) continue;
    for (const [k, f] of Object.entries(t.items)) put(`${id} ${k}`, f.value);
    for (const [k, f] of Object.entries(t.totalRow ?? {})) put(`${id} 合计 ${k}`, f.value);
    for (const r of t.rows) for (const [k, f] of Object.entries(r.values)) put(`${id} ${r.code} ${k}`, f.value);
  }
  return out;
}

beforeAll(async () => {
  set = await writeUnitSet(dir, SPECS, '示例局');
});

describe('juesuan consolidate on a generated unit set', () => {
  const out = () => join(dir, 'dept-built.xlsx');
  let json: ReturnType<typeof JSON.parse>;
  beforeAll(async () => {
    const r = await run(...set.files, '-o', out(), '--name', '示例局', '--json');
    expect(r.code).toBe(0);
    json = JSON.parse(r.out);
  });

  it('builds the department the generator built from the same units: every figure equal, exactly', async () => {
    const built = figures(await read(out()));
    const generated = figures(await read(set.departmentFile));
    expect(built.size).toBeGreaterThan(300);
    expect(Object.fromEntries(built)).toEqual(Object.fromEntries(generated));
  });

  it('checks the consolidated workbook with 0 errors, units normalised (元 and 万元 units → 万元)', async () => {
    expect(json.check.errors).toEqual([]);
    expect(json.units.map((u: { unit: string }) => u.unit)).toEqual(['元', '万元', '元']);
    expect(json.unit).toBe('万元');
    const d = await read(out());
    expect(runChecks(d).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(d.year).toBe(2024);
    expect(d.unitName).toBe('示例局');
  });

  it('orders the union of the units’ 科目 rows by code', async () => {
    const rows = (await read(out())).tables.T05!.rows.map((r) => r.code);
    expect(rows).toEqual([...rows].sort());
    const union = new Set(set.units.flatMap((u) => u.t05.map((l) => l.code)));
    for (const c of union) expect(rows).toContain(c);
  });

  it('sums the additive 补充信息 lines and leaves texts for the user', async () => {
    const s = (await read(out())).supplementary!.entries;
    const want = set.department.supplementary;
    for (const key of ['operatingCost.amount', 'prior.threePublic.total', 'prior.threePublic.reception'])
      expect([key, s[key]?.figure?.value.normalize().toFixed()]).toEqual([
        key,
        Dec.from(want[key]).normalize().toFixed(),
      ]);
    expect(s['unit.name']?.text).toBe('示例局');
    expect(s['reason.income']).toBeUndefined();
  });

  it('汇总明细 shows each unit’s contribution to a figure', async () => {
    const grid = await readGridFromFile(out());
    const sheet = findSheet(grid, '汇总明细')!;
    const header = [1, 2, 3, 4, 5, 6].map((c) => cellText(getCell(sheet, 3, c)));
    expect(header.slice(0, 6)).toEqual(['表', '项目', '汇总数', ...SPECS.map((s) => s.name)]);
    const r = sheet.rows.findIndex(
      (_, i) =>
        cellText(getCell(sheet, i + 1, 1)) === '公开01表' && cellText(getCell(sheet, i + 1, 2)) === '本年收入合计',
    );
    expect(r).toBeGreaterThan(0);
    const num = (c: number) => Dec.from(String(getCell(sheet, r + 1, c)?.value));
    set.units.forEach((u, i) => expect(num(4 + i).eq(Dec.from(u.t01['income.total']))).toBe(true));
    expect(num(3).eq(Dec.from(set.department.t01['income.total']))).toBe(true);
  });
});

describe('juesuan consolidate --verify', () => {
  it('finds the generator’s department equal to its units', async () => {
    const r = await run('--verify', set.departmentFile, ...set.files, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).findings).toEqual([]);
  });

  it('reports one finding per differing figure, with the difference and the units contributing', async () => {
    const t07 = {
      ...set.department.t07,
      'actual.reception': Dec.from(set.department.t07['actual.reception']).add(Dec.from('1.5')).toFixed(),
    };
    const bad = await writeSample(join(dir, 'dept-bad.xlsx'), { ...set.department, t07 });
    const r = await run('--verify', bad, ...set.files, '--json');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', table: 'T07', difference: '1.5', cell: '公开07表!M8' });
    expect(findings[0].units.map((u: { name: string }) => u.name)).toEqual(SPECS.map((s) => s.name));
    expect(findings[0].message).toContain('相差 1.50 万元');
    const text = (await run('--verify', bad, ...set.files)).out;
    expect(text).toContain('与各单位合计不一致：1 处');
  });
});

describe('juesuan consolidate refuses and names', () => {
  it('refuses units of different years with a message naming each unit’s year', async () => {
    const old = await writeSample(join(dir, 'old.xlsx'), unitData({ name: '上年单位', rows: 20, seed: 9, year: 2023 }));
    await expect(
      consolidateCommand.run(parseArgs([set.files[0], old, '-o', join(dir, 'x.xlsx')]), captureIO()),
    ).rejects.toThrow(
      /各单位的决算年度不同，不能汇总：示例局本级（[^）]*unit-1\.xlsx，2024）、上年单位（[^）]*old\.xlsx，2023）/,
    );
  });

  it('refuses units of different profiles (上海 2024 titles beside 湖南/财政部 ones), naming the files', async () => {
    const file = await writeSample(join(dir, 'sh.xlsx'), unitData({ name: '上海式单位', rows: 20, seed: 8 }));
    // The Shanghai 2024 template's titles of 公开07表 / 公开09表 (domain.md, two template profiles).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('公开07表')!.getCell('A1').value = '财政拨款“三公”经费支出决算表';
    wb.getWorksheet('公开09表')!.getCell('A1').value = '国有资本经营预算财政拨款收入支出决算表';
    await wb.xlsx.writeFile(file);
    expect((await read(file)).profile).toBe('shanghai-2024');
    const refused = consolidateCommand.run(parseArgs([set.files[0], file, '-o', join(dir, 'x.xlsx')]), captureIO());
    await expect(refused).rejects.toThrow(
      /各单位的公开格式不同，不能汇总：示例局本级（[^）]*unit-1\.xlsx，湖南\/财政部 2021 格式（十四部分说明））、上海式单位（[^）]*sh\.xlsx，上海 2024 模板/,
    );
  });

  it('names a unit whose own tables have errors (and still exits 1)', async () => {
    const u: SampleData = unitData({ name: '有错单位', rows: 20, seed: 5 });
    const wrong = await writeSample(join(dir, 'wrong.xlsx'), {
      ...u,
      t01: { ...u.t01, 'income.total': Dec.from(u.t01['income.total']).add(Dec.ONE).toFixed() },
    });
    const r = await run(wrong, set.files[1], '-o', join(dir, 'with-wrong.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/1\. 有错单位（.*wrong\.xlsx，2024，金额单位 元）：校验错误 \d+ 条，请先更正该单位/);
  });

  it('requires -o different from every input', async () => {
    await expect(consolidateCommand.run(parseArgs([set.files[0], '-o', set.files[0]]), captureIO())).rejects.toThrow(
      /不能与任何输入文件相同/,
    );
  });
});

describe('rounding differences of the units', () => {
  it('accumulate in the department as 舍位差异 naming the units behind them, never an error', async () => {
    // Four units in 万元 whose 三公 合计 is each 0.01 off the sum of its items (within each unit's rounding): the
    // department's 0.04 exceeds the tolerance of its own shown figures (0.02) but not the units' rounding added up.
    const off = (u: SampleData): SampleData => ({
      ...u,
      t07: { ...u.t07, 'actual.total': Dec.from(u.t07['actual.total']).add(Dec.from('0.01')).toFixed() },
    });
    const names = ['甲单位', '乙单位', '丙单位', '丁单位'];
    const files: string[] = [];
    for (const [i, name] of names.entries())
      files.push(await writeSample(join(dir, `r-${i}.xlsx`), off(unitData({ name, rows: 20, seed: 21 + i })), 'jdfw'));
    const r = await run(...files, '-o', join(dir, 'r-dept.xlsx'), '--json');
    const j = JSON.parse(r.out);
    expect(j.units.map((u: { errors: number }) => u.errors)).toEqual([0, 0, 0, 0]);
    expect(j.check.errors).toEqual([]);
    const t07 = j.check.rounding.filter((x: { rule: string }) => x.rule === 't07-total');
    expect(t07).toHaveLength(1);
    expect(t07[0].units).toEqual(names);
    expect(t07[0].message).toContain('各单位舍位累计容差 ±0.08 以内');
    expect(r.code).toBe(0);
  });
});

describe('the two sample workbooks (real published totals, two export layouts)', () => {
  it('consolidate with 0 errors, the 舍位差异 naming both units, and verify against themselves', async () => {
    const samples = ['samples/heshan-zfb-2021.xlsx', 'samples/heshan-jdfw-2021.xlsx'];
    const o = join(dir, 'samples-dept.xlsx');
    const r = await run(...samples, '-o', o, '--name', '赫山区汇总', '--json');
    const j = JSON.parse(r.out);
    expect(r.code).toBe(0);
    expect(j.units.map((u: { unit: string; errors: number }) => [u.unit, u.errors])).toEqual([
      ['元', 0],
      ['万元', 0],
    ]);
    expect(j.check.errors).toEqual([]);
    for (const x of j.check.rounding) expect(x.units.length).toBeGreaterThan(0);
    const v = await run('--verify', o, ...samples, '--json');
    expect(JSON.parse(v.out).findings).toEqual([]);
    expect(v.code).toBe(0);
  });
});
