import { analyseGrid } from '../../src/core/engine';
import { runChecks } from '../../src/core/checks/run';
import { a1 } from '../../src/core/grid/grid';
import { isNumberingRow, isRowNumberColumn } from '../../src/core/mapping/numbering';
import { gridOf, type Row } from '../helpers/xlsx';

/** National-format 公开07表: two header rows, 预算数/决算数, then an unlabelled 栏次 row 1 … 12, then the data. */
const sangong = (labelled: boolean): Row[] => [
  ['一般公共预算财政拨款“三公”经费支出决算表'],
  ['部门：测试局', null, null, null, null, null, null, null, null, null, null, '金额单位：万元'],
  ['合计', null, '因公出国（境）费', null, '公务用车购置及运行维护费', null, null, null, null, null, '公务接待费'],
  [null, null, null, null, '小计', null, '公务用车购置费', null, '公务用车运行维护费'],
  Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? '预算数' : '决算数')),
  labelled ? ['栏次', ...Array.from({ length: 11 }, (_, i) => i + 2)] : Array.from({ length: 12 }, (_, i) => i + 1),
  [31, 8.07, null, null, 8, 8, null, null, 8, 8, 23, 0.07],
];
const MERGES = ['A1:L1', 'A3:B4', 'C3:D4', 'E3:J3', 'E4:F4', 'G4:H4', 'I4:J4', 'K3:L4'];

describe('T07 三公 with a 栏次 row', () => {
  test.each([false, true])('labelled %s: figures come from the data row, not the numbering', async (labelled) => {
    const grid = await gridOf([{ name: '公开07表', rows: sangong(labelled), merges: MERGES }]);
    const { disclosure } = analyseGrid(grid);
    const t = disclosure.tables.T07!;
    expect(a1(t.items['budget.total'].cell.row, t.items['budget.total'].cell.col)).toBe('A7');
    expect(t.items['actual.total'].value.toFixed(2)).toBe('8.07');
    expect(t.items['actual.reception'].value.toFixed(2)).toBe('0.07');
    const errors = runChecks(disclosure).findings.filter((f) => f.rule.startsWith('t07') && f.severity === 'error');
    expect(errors).toEqual([]);
  });

  test('a correction by range that starts at the header (no title) reads the same cells', async () => {
    const grid = await gridOf([{ name: '公开07表', rows: sangong(false), merges: MERGES }]);
    const { disclosure, mapping } = analyseGrid(grid, {
      overrides: [{ table: 'T07', sheet: '公开07表', range: 'A3:L7' }],
    });
    expect(mapping.tables[0].overridden).toBe(true);
    const t = disclosure.tables.T07!;
    expect(Object.keys(t.items)).toHaveLength(12);
    expect(a1(t.items['actual.vehicle'].cell.row, t.items['actual.vehicle'].cell.col)).toBe('F7');
    expect(t.items['budget.reception'].value.toFixed(2)).toBe('23.00');
    // The 单位 line above the corrected range still gives the unit.
    expect(mapping.tables[0].unitCell).toEqual({ sheet: '公开07表', row: 2, col: 12 });
  });
});

describe('numbering detection', () => {
  test('rows and columns that number, and amounts that do not', async () => {
    const grid = await gridOf([
      {
        name: 'S',
        rows: [
          ['栏次', '甲', 1, 2, 3],
          [null, null, 1, 2, 3],
          [null, null, 31, 8.07, 8],
          [null, null, 1, 2, 4],
          ['合计', null, 1, 2, 3],
          ['项目', 1, 100],
          ['项目', 2, 200],
          ['项目', 3, 300],
        ],
      },
    ]);
    const s = grid.sheets[0];
    const box = (r: number) => ({ top: r, bottom: r, left: 1, right: 5 });
    expect([1, 2, 3, 4, 5].map((r) => isNumberingRow(s, r, box(r)))).toEqual([true, true, false, false, false]);
    expect(isRowNumberColumn(s, 2, [6, 7, 8])).toBe(true);
    expect(isRowNumberColumn(s, 3, [6, 7, 8])).toBe(false);
  });
});
