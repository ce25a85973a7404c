import { derivations } from '../../../src/core/derive/relations';
import { refToString, type CellRef } from '../../../src/core/grid/grid';
import type { TableMapping, WorkbookMapping } from '../../../src/core/mapping/types';
import { T07_ITEMS } from '../../../src/core/profiles/tables';

const table = (t: Partial<TableMapping> & Pick<TableMapping, 'id' | 'sheet'>): TableMapping => ({
  title: '',
  box: { top: 1, left: 1, bottom: 20, right: 20 },
  range: 'A1:T20',
  unit: '万元',
  confidence: 1,
  items: [],
  columns: {},
  rows: [],
  missing: [],
  ...t,
});
const mapping = (...tables: TableMapping[]): WorkbookMapping => ({
  profile: 'hunan-2021',
  profileReason: '',
  tables,
  notFound: [],
  problems: [],
});
/** Derivations as "target = ±part ±part" with A1 names, to read like the relations in domain.md. */
const show = (m: WorkbookMapping) =>
  derivations(m).map(
    (d) => `${refToString(d.target)}=${d.parts.map((p) => (p.sign < 0 ? '-' : '+') + refToString(p.ref)).join('')}`,
  );

test('T07: 车 = 购置 + 运行, then 合计 = 出国 + 车 + 接待, for 预算数 and 决算数', () => {
  const cell = (col: number): CellRef => ({ sheet: 'S', row: 8, col });
  const items = T07_ITEMS.map((i, k) => ({ key: i.key, label: i.name, cell: cell(k + 2) }));
  const col = (key: string) => refToString(items.find((i) => i.key === key)!.cell);
  expect(show(mapping(table({ id: 'T07', sheet: 'S', items })))).toEqual([
    `${col('budget.vehicle')}=+${col('budget.vehiclePurchase')}+${col('budget.vehicleOperation')}`,
    `${col('budget.total')}=+${col('budget.abroad')}+${col('budget.vehicle')}+${col('budget.reception')}`,
    `${col('actual.vehicle')}=+${col('actual.vehiclePurchase')}+${col('actual.vehicleOperation')}`,
    `${col('actual.total')}=+${col('actual.abroad')}+${col('actual.vehicle')}+${col('actual.reception')}`,
  ]);
});

test('T08: columns summed 项 → 款 → 类 → 合计, then 合计 = 基本 + 项目 and 年末 = 年初 + 收入 − 支出 per row', () => {
  const columns = { carryIn: 3, income: 4, expTotal: 5, expBasic: 6, expProject: 7, carryOut: 8 };
  const rows = [
    { code: '229', name: '其他支出', level: 1 as const, row: 8, cols: columns },
    { code: '22960', name: '彩票公益金安排的支出', level: 2 as const, row: 9, cols: columns },
    { code: '2296002', name: '用于社会福利的彩票公益金支出', level: 3 as const, row: 10, cols: columns },
  ];
  const all = show(mapping(table({ id: 'T08', sheet: 'S', columns, rows, totalRow: 7 })));
  expect(all).toContain('S!C9=+S!C10');
  expect(all).toContain('S!C8=+S!C9');
  expect(all).toContain('S!C7=+S!C8');
  expect(all).toContain('S!E10=+S!F10+S!G10');
  expect(all).toContain('S!H7=+S!C7+S!D7-S!E7');
  // Bottom-up: a column's 合计 comes after the rows it sums; row totals after the columns they add.
  expect(all.indexOf('S!C7=+S!C8')).toBeGreaterThan(all.indexOf('S!C9=+S!C10'));
  expect(all.indexOf('S!H7=+S!C7+S!D7-S!E7')).toBeGreaterThan(all.indexOf('S!E7=+S!F7+S!G7'));
  // The row total columns are not summed down (they come from their own row).
  expect(all.some((d) => d.startsWith('S!E9=+S!E10'))).toBe(false);
  // A table noted "本单位无…收支" is left as it is.
  expect(show(mapping(table({ id: 'T08', sheet: 'S', columns, rows, totalRow: 7, empty: true })))).toEqual([]);
});

test('T06: 类 = Σ 款 (side-by-side groups keep their own column); 人员经费 = 301 + 303, 公用经费 = 302 + 310', () => {
  const left = { amount: 3 };
  const right = { amount: 6 };
  const rows = [
    { code: '301', name: '工资福利支出', level: 1 as const, row: 6, cols: left },
    { code: '30101', name: '基本工资', level: 2 as const, row: 7, cols: left },
    { code: '30102', name: '津贴补贴', level: 2 as const, row: 8, cols: left },
    { code: '302', name: '商品和服务支出', level: 1 as const, row: 6, cols: right },
    { code: '30201', name: '办公费', level: 2 as const, row: 7, cols: right },
    { code: '303', name: '对个人和家庭的补助', level: 1 as const, row: 9, cols: left },
    { code: '30301', name: '离休费', level: 2 as const, row: 10, cols: left },
  ];
  const items = [
    { key: 'personnelTotal', label: '人员经费合计', cell: { sheet: 'S', row: 12, col: 3 } },
    { key: 'publicTotal', label: '公用经费合计', cell: { sheet: 'S', row: 12, col: 6 } },
  ];
  expect(show(mapping(table({ id: 'T06', sheet: 'S', columns: left, rows, items })))).toEqual([
    'S!C6=+S!C7+S!C8',
    'S!F6=+S!F7',
    'S!C9=+S!C10',
    'S!C12=+S!C6+S!C9',
    'S!F12=+S!F6',
  ]);
});
