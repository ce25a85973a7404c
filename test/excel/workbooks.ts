import type { Grid, GridCell, GridSheet } from '../../src/core/grid/grid';
import type { FakeBook } from './fake-excel';

/**
 * Test workbooks shaped like a 决算 file: a title row merged across the table, a two-row header with merges,
 * amounts with a number format, 合计 formulas, an error cell, plus hidden, very hidden and empty sheets and a
 * sheet whose name needs quoting in addresses.
 */
export function makeWorkbook(dataRows: number): Grid {
  const rows: (GridCell | undefined)[][] = [];
  rows[0] = [{ value: '收入支出决算总表', text: '收入支出决算总表' }];
  rows[1] = [{ value: '项目', text: '项目' }, undefined, { value: '金额', text: '金额' }];
  rows[2] = [
    undefined,
    undefined,
    { value: '本年', text: '本年' },
    { value: '上年', text: '上年' },
    { value: true, text: 'TRUE' },
  ];
  for (let i = 0; i < dataRows; i++) {
    const r = i + 4;
    const amount = (i * 37) % 1000;
    rows[r - 1] = [
      { value: `科目${i}`, text: `科目${i}` },
      i % 7 === 0 ? undefined : { value: 2010000 + i, text: String(2010000 + i) },
      { value: amount + 0.25, numFmt: '#,##0.00', text: (amount + 0.25).toFixed(2) },
      { value: amount * 2, formula: `C${r}*2`, numFmt: '0.00', text: (amount * 2).toFixed(2) },
    ];
  }
  const last = dataRows + 3;
  rows[last] = [
    { value: '合计', text: '合计' },
    undefined,
    { value: 1, formula: `SUM(C4:C${last})`, text: '1' },
    { value: { error: '#DIV/0!' }, formula: `1/0`, text: '#DIV/0!' },
  ];
  const t01: GridSheet = {
    name: '公开01表',
    visibility: 'visible',
    rows,
    merges: [
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 2, left: 1, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 4 },
    ],
  };
  const odd: GridSheet = {
    name: "My, Sheet's",
    visibility: 'hidden',
    rows: [undefined, [undefined, { value: 'x', text: 'x' }, { value: 'y', text: 'y' }]],
    merges: [{ top: 2, left: 2, bottom: 2, right: 3 }],
  };
  const store: GridSheet = {
    name: '_juesuan',
    visibility: 'veryHidden',
    rows: [
      [
        { value: '类型', text: '类型' },
        { value: '键', text: '键' },
        { value: '内容', text: '内容' },
      ],
    ],
    merges: [],
  };
  const empty: GridSheet = { name: 'Sheet3', visibility: 'visible', rows: [], merges: [] };
  return { sheets: [t01, odd, store, empty] };
}

/** Every non-empty cell as [sheet, row, col, cell], for comparing Grids regardless of array layout. */
export function cellList(grid: Grid): [string, number, number, GridCell][] {
  const out: [string, number, number, GridCell][] = [];
  for (const s of grid.sheets)
    s.rows.forEach((row, i) => row?.forEach((c, j) => c && out.push([s.name, i + 1, j + 1, c])));
  return out;
}

/** What undo must restore: per sheet its visibility and, per cell, the formula or else the value, and the format. */
export function bookState(book: FakeBook) {
  return book.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    cells: [...s.cells.entries()]
      .map(
        ([k, c]) =>
          [k, c.formula !== undefined ? { formula: c.formula } : { value: c.value }, c.numFmt ?? null] as const,
      )
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  }));
}
