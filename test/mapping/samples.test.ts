import { join } from 'path';
import { analyseGrid, type Analysis } from '../../src/core/engine';
import { Dec } from '../../src/core/decimal/dec';
import { parseUnit } from '../../src/core/decimal/amount';
import { cellText, findSheet, getCell, refToString, type Grid } from '../../src/core/grid/grid';
import type { Figure, TableId, TableModel } from '../../src/core/model/types';
import { readGridFromFile } from '../../src/io/xlsx';
import { ZFB_2021 } from '../../scripts/samples/heshan-zfb-2021.data';
import { JDFW_2021 } from '../../scripts/samples/heshan-jdfw-2021.data';
import type { Amounts, SampleData, SubjectLine } from '../../scripts/samples/types';

/**
 * Both sample workbooks map to the right cells: every figure of the data the samples were built from is read,
 * through the mapped cell, with the same value (blank cells are zero). Each mapped cell is also checked to be a
 * cell of the mapped table's sheet and inside its range.
 */
const cases: [string, SampleData, TableId[]][] = [
  ['heshan-zfb-2021.xlsx', ZFB_2021, []],
  ['heshan-jdfw-2021.xlsx', JDFW_2021, []],
];

describe.each(cases)('%s', (file, data) => {
  let grid: Grid;
  let a: Analysis;
  beforeAll(async () => {
    grid = await readGridFromFile(join(__dirname, '../../samples', file));
    a = analyseGrid(grid);
  });
  const t = (id: TableId): TableModel => {
    const m = a.disclosure.tables[id];
    if (!m) throw new Error(`${id} not mapped`);
    return m;
  };
  const same = (f: Figure | undefined, expected: string | undefined, what: string) => {
    expect({ what, value: f ? f.value.normalize().toFixed() : 'unmapped' }).toEqual({
      what,
      value: Dec.from(expected ?? '0')
        .normalize()
        .toFixed(),
    });
  };
  const sameRows = (id: TableId, lines: readonly SubjectLine[]) => {
    const rows = t(id).rows;
    for (const line of lines) {
      const row = rows.find((r) => r.code === line.code);
      for (const col of t(id).columns) same(row?.values[col], line.v[col], `${id} ${line.code} ${col}`);
    }
    // 类 and 款 rows are the sums of their 项 rows (the workbook prints them).
    for (const r of rows.filter((x) => x.level < 3))
      for (const col of t(id).columns) {
        const sum = Dec.sum(lines.filter((l) => l.code.startsWith(r.code)).map((l) => Dec.from(l.v[col] ?? '0')));
        same(r.values[col], sum.toFixed(), `${id} ${r.code} ${col}`);
      }
  };
  const sameItems = (id: TableId, items: Amounts) => {
    for (const [k, v] of Object.entries(items)) same(t(id).items[k], v, `${id} ${k}`);
  };

  test('all nine tables are found, the profile, unit name and year read, no reading problems', () => {
    expect(a.mapping.notFound).toEqual([]);
    expect(a.mapping.profile).toBe(data.profile);
    expect(a.disclosure.unitName).toBe(data.unitName);
    expect(a.disclosure.year).toBe(data.year);
    expect(a.disclosure.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
  test('every mapped cell lies in its table and its unit comes from the 单位 line', () => {
    for (const m of a.mapping.tables) {
      const sheet = findSheet(grid, m.sheet)!;
      expect(parseUnit(cellText(getCell(sheet, m.unitCell!.row, m.unitCell!.col)))).toBe(m.unit);
      const cells = [
        ...m.items.map((i) => i.cell),
        ...m.rows.flatMap((r) => Object.values(r.cols).map((col) => ({ sheet: m.sheet, row: r.row, col }))),
      ];
      for (const c of cells) {
        expect(c.sheet).toBe(m.sheet);
        expect(c.row >= m.box.top && c.row <= m.box.bottom && c.col >= m.box.left && c.col <= m.box.right).toBe(true);
      }
    }
  });
  test('T01 收入支出决算总表', () => {
    sameItems('T01', data.t01);
    for (const [code, v] of Object.entries(data.t01Classes))
      same(t('T01').rows.find((r) => r.code === code)?.values.amount, v, `T01 ${code}`);
  });
  test('T02 收入决算表 and T03 支出决算表 by 科目 and column', () => {
    sameRows('T02', data.t02);
    sameRows('T03', data.t03);
  });
  test('T04 财政拨款收入支出决算总表', () => {
    sameItems('T04', data.t04);
    for (const [code, cols] of Object.entries(data.t04Classes))
      for (const col of ['total', 'general', 'fund', 'soe'])
        same(t('T04').rows.find((r) => r.code === code)?.values[col], cols[col], `T04 ${code} ${col}`);
  });
  test('T05 一般公共预算财政拨款支出决算表', () => sameRows('T05', data.t05));
  test('T06 基本支出 by 经济分类 and its footer', () => {
    for (const line of data.t06)
      same(t('T06').rows.find((r) => r.code === line.code)?.values.amount, line.amount, `T06 ${line.code}`);
    same(t('T06').items.personnelTotal, data.t06Totals.personnelTotal, 'T06 人员经费合计');
    same(t('T06').items.publicTotal, data.t06Totals.publicTotal, 'T06 公用经费合计');
  });
  test('T07 “三公”经费: every 预算数 and 决算数', () => {
    expect(Object.keys(t('T07').items).sort()).toEqual(Object.keys(data.t07).sort());
    sameItems('T07', data.t07);
  });
  test('T08 and T09 are present and empty', () => {
    for (const id of ['T08', 'T09'] as TableId[]) {
      expect(a.mapping.tables.find((m) => m.id === id)?.empty).toBe(true);
      expect(t(id).rows).toEqual([]);
      for (const f of Object.values(t(id).totalRow ?? {})) expect(f.value.isZero()).toBe(true);
    }
  });
  test('a figure traces back to its cell', () => {
    const f = t('T01').items['income.total'];
    const cell = getCell(findSheet(grid, f.cell.sheet)!, f.cell.row, f.cell.col);
    expect(refToString(f.cell)).toMatch(/!\w+\d+$/);
    expect(cell?.value).not.toBeUndefined();
  });
});
