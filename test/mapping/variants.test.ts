import { analyseGrid } from '../../src/core/engine';
import { mapWorkbook } from '../../src/core/mapping';
import { a1, refToString } from '../../src/core/grid/grid';
import type { TableModel } from '../../src/core/model/types';
import { gridOf, type SheetSpec } from '../helpers/xlsx';
import { t01, t05, T05_ROWS } from '../helpers/tables';

function cellOf(t: TableModel | undefined, key: string): string {
  const f = t?.items[key];
  return f ? a1(f.cell.row, f.cell.col) : 'missing';
}
function rowCell(t: TableModel | undefined, code: string, col: string): string {
  const f = t?.rows.find((r) => r.code === code)?.values[col];
  return f ? a1(f.cell.row, f.cell.col) : 'missing';
}

describe('T01 收入支出决算总表 layouts', () => {
  test('plain layout in 万元: every item at its cell', async () => {
    const { sheet, at } = t01();
    const { disclosure } = analyseGrid(await gridOf([sheet]));
    const t = disclosure.tables.T01;
    expect(t?.unit).toBe('万元');
    expect(cellOf(t, 'income.fiscalGeneral')).toBe(at['一、一般公共预算财政拨款收入']);
    expect(cellOf(t, 'income.other')).toBe(at['八、其他收入']);
    expect(cellOf(t, 'income.total')).toBe(at['本年收入合计']);
    expect(cellOf(t, 'income.carryIn')).toBe(at['年初结转和结余']);
    expect(cellOf(t, 'income.grand')).toBe(at['总计']);
    expect(cellOf(t, 'expense.total')).toBe(at['支出:本年支出合计']);
    expect(cellOf(t, 'expense.carryOut')).toBe(at['支出:年末结转和结余']);
    expect(cellOf(t, 'expense.grand')).toBe(at['支出:总计']);
    expect(t?.items['income.total'].value.toFixed(2)).toBe('1217.92');
    expect(t?.rows.map((r) => r.code)).toEqual(['201', '202', '206', '208', '210', '221']);
    expect(rowCell(t, '206', 'amount')).toBe(at['支出:三、科学技术支出']);
  });

  test('national layout: 行次 columns and 栏次 row skipped, 元 converted exactly to 万元', async () => {
    const { sheet, at } = t01({ rowNumbers: true, unit: '元', scale: 10000, sheet: '公开01表' });
    const { disclosure, mapping } = analyseGrid(await gridOf([sheet]));
    const t = disclosure.tables.T01!;
    expect(t.unit).toBe('元');
    expect(cellOf(t, 'income.total')).toBe(at['本年收入合计']);
    expect(cellOf(t, 'expense.grand')).toBe(at['支出:总计']);
    expect(t.items['income.total'].value.normalize().toFixed()).toBe('1217.92');
    // Every amount is a whole hundred of 元 (万元 data × 10000): 0.01 万元 precision, ±0.005 万元 per figure.
    expect(t.items['income.total'].half.toFixed()).toBe('0.005');
    expect(t.precision).toBe('0.01 万元（100 元）');
    expect(rowCell(t, '201', 'amount')).toBe(at['支出:一、一般公共服务支出']);
    expect(mapping.tables[0].unitCell).toEqual({ sheet: '公开01表', row: 2, col: 6 });
    expect(disclosure.unitName).toBe('测试单位');
  });
});

describe('科目 tables', () => {
  const check = async (sheet: SheetSpec, at: Record<string, string>) => {
    const { disclosure } = analyseGrid(await gridOf([sheet]));
    const t = disclosure.tables.T05;
    expect(t?.rows.map((r) => r.code)).toEqual(T05_ROWS.map((r) => r[0]));
    for (const [code] of T05_ROWS) {
      expect(rowCell(t, code, 'total')).toBe(at[`${code}:total`]);
      expect(rowCell(t, code, 'basic')).toBe(at[`${code}:basic`]);
    }
    expect(t?.totalRow?.total && a1(t.totalRow.total.cell.row, t.totalRow.total.cell.col)).toBe(at['合计:total']);
    expect(t?.rows.find((r) => r.code === '2010301')?.values.total.value.toFixed(2)).toBe('886.56');
    return disclosure;
  };
  test('joined codes, sheet named Sheet3', async () => {
    const { sheet, at } = t05({ sheet: 'Sheet3' });
    await check(sheet, at);
  });
  test('split 类|款|项 columns with merged headers and wrapped names', async () => {
    const { sheet, at } = t05({ split: true, wrapNames: true });
    const d = await check(sheet, at);
    expect(d.tables.T05?.rows.find((r) => r.code === '20103')?.level).toBe(2);
  });
  test('code and name in one cell', async () => {
    const { sheet, at } = t05({ combined: true });
    await check(sheet, at);
  });
  test('blank row inside the table and a note under it', async () => {
    const { sheet, at } = t05({ blankRowAfter: 2 });
    await check(sheet, at);
  });
  test('numbers stored as text with thousands separators', async () => {
    const { sheet, at } = t05({ textNumbers: true });
    const d = await check(sheet, at);
    expect(d.tables.T05?.totalRow?.total.value.toFixed(2)).toBe('1082.58');
    expect(d.tables.T05?.totalRow?.total.decimals).toBe(2);
  });
  test('a text that is not a number becomes a problem naming its cell, never 0', async () => {
    const { sheet, at } = t05();
    const [col, row] = [at['2010301:total'].replace(/\d+/, ''), Number(at['2010301:total'].replace(/\D+/, ''))];
    sheet.rows[row - 1][col.charCodeAt(0) - 65] = '八百';
    const { disclosure } = analyseGrid(await gridOf([sheet]));
    const f = disclosure.tables.T05!.rows.find((r) => r.code === '2010301')!.values.total;
    expect(f.state).toBe('invalid');
    const p = disclosure.problems.find((x) => x.code === 'cell.invalid-number');
    expect(p && refToString(p.cell!)).toBe(`一般公共预算财政拨款支出决算表!${at['2010301:total']}`);
    expect(p?.message).toContain('“八百”不是数字');
  });
});

describe('workbook-level variants', () => {
  test('renamed and reordered sheets, two tables on one sheet, a missing table', async () => {
    const a = t05({ sheet: 'X' });
    const b = t01({ sheet: 'Sheet9' });
    // Put a second table (T05 again under another title → T03-like is not needed): stack T01 under T05 on one sheet.
    const combined: SheetSpec = {
      name: '合并',
      rows: [...a.sheet.rows, [], [], ...b.sheet.rows],
      merges: [],
      numFmt: '#,##0.00',
    };
    const grid = await gridOf([
      { name: '封面', rows: [['2021年度部门决算'], ['目录'], ['五、一般公共预算财政拨款支出决算表']] },
      combined,
    ]);
    const m = mapWorkbook(grid);
    const ids = m.tables.map((t) => `${t.id}@${t.sheet}`);
    expect(ids).toEqual(['T01@合并', 'T05@合并']);
    expect(m.notFound).toEqual(['T02', 'T03', 'T04', 'T06', 'T07', 'T08', 'T09']);
    expect(m.problems.filter((p) => p.code === 'table.missing' && p.severity === 'error').map((p) => p.table)).toEqual([
      'T02',
      'T03',
      'T04',
      'T06',
      'T07',
    ]);
    const t05m = m.tables.find((t) => t.id === 'T05')!;
    const t01m = m.tables.find((t) => t.id === 'T01')!;
    expect(t05m.box.bottom).toBeLessThan(t01m.box.top);
    const offset = a.sheet.rows.length + 2;
    const { disclosure } = analyseGrid(grid);
    const at01 = b.at['本年收入合计'];
    const expected = `${at01[0]}${Number(at01.slice(1)) + offset}`;
    expect(cellOf(disclosure.tables.T01, 'income.total')).toBe(expected);
  });
});
