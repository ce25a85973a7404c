import { rangeA1 } from '../../src/core/grid/grid';
import { coverBoxes, MAX_BOXES_PER_SHEET, MAX_RANGE_CELLS, type Block } from '../../src/excel/blocks';

type Cell = { row: number; col: number; item: string };
const cell = (row: number, col: number, item = `${row},${col}`): Cell => ({ row, col, item });

/** Each listed cell in exactly one box, at its place; boxes disjoint; every other entry undefined. */
function expectCover(cells: readonly Cell[], blocks: Block<string | undefined>[]) {
  const want = new Map(cells.map((c) => [`${c.row},${c.col}`, c.item]));
  const seen = new Set<string>();
  const wrong: string[] = [];
  for (const b of blocks) {
    if (b.items.length !== b.box.bottom - b.box.top + 1) wrong.push(`${rangeA1(b.box)}: rows`);
    b.items.forEach((row, i) => {
      if (row.length !== b.box.right - b.box.left + 1) wrong.push(`${rangeA1(b.box)}: columns`);
      row.forEach((item, j) => {
        const k = `${b.box.top + i},${b.box.left + j}`;
        if (seen.has(k)) wrong.push(`${k}: in two boxes`);
        seen.add(k);
        if (item !== want.get(k)) wrong.push(`${k}: ${item} ≠ ${want.get(k)}`);
      });
    });
  }
  for (const k of want.keys()) if (!seen.has(k)) wrong.push(`${k}: not covered`);
  expect(wrong.slice(0, 10)).toEqual([]);
}

const cellsIn = (blocks: Block<unknown>[]) => blocks.reduce((n, b) => n + b.items.length * b.items[0].length, 0);

describe('coverBoxes', () => {
  it('keeps the scattered 合计/类/款 rows of one table in one box', () => {
    const cells: Cell[] = [];
    for (let r = 7; r < 5000; r += 4) for (let c = 3; c <= 8; c++) cells.push(cell(r, c));
    const blocks = coverBoxes(cells);
    expect(blocks.map((b) => rangeA1(b.box))).toEqual([`C7:H${7 + 4 * Math.floor((5000 - 7) / 4)}`]);
    expectCover(cells, blocks);
  });

  it('cuts far-apart cells apart: A1 and Z50000 are two one-cell boxes', () => {
    const cells = [cell(1, 1), cell(50000, 26)];
    const blocks = coverBoxes(cells);
    expect(blocks.map((b) => rangeA1(b.box))).toEqual(['A1:A1', 'Z50000:Z50000']);
    expectCover(cells, blocks);
  });

  it('cuts at an untouched column band as well as at an untouched row band', () => {
    const cells: Cell[] = [];
    for (let r = 1; r <= 3000; r++) cells.push(cell(r, 2), cell(r, 40));
    for (let r = 20000; r <= 20010; r++) cells.push(cell(r, 2));
    const blocks = coverBoxes(cells);
    expect(blocks.map((b) => rangeA1(b.box)).sort()).toEqual(['AN1:AN3000', 'B1:B3000', 'B20000:B20010']);
    expectCover(cells, blocks);
  });

  it('does not cut for fewer than 1,000 untouched cells', () => {
    const cells = [cell(1, 1), cell(30, 30)]; // 898 untouched cells in A1:AD30
    expect(coverBoxes(cells).map((b) => rangeA1(b.box))).toEqual(['A1:AD30']);
    expect(coverBoxes(cells, { minSaving: 1 }).map((b) => rangeA1(b.box))).toEqual(['A1:A1', 'AD30:AD30']);
  });

  it('stays within MAX_BOXES_PER_SHEET for random scatters over a table-sized area, covering every cell once', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    for (const [n, rows, cols] of [
      [2000, 50000, 26],
      [5000, 200, 10],
      [300, 5000, 200],
    ]) {
      const cells: Cell[] = [];
      for (let i = 0; i < n; i++) cells.push(cell(1 + rand(rows), 1 + rand(cols), String(i)));
      const blocks = coverBoxes(cells);
      expect(blocks.length).toBeLessThanOrEqual(MAX_BOXES_PER_SHEET);
      expect(Math.max(...blocks.map((b) => cellsIn([b])))).toBeLessThanOrEqual(MAX_RANGE_CELLS);
      // Later duplicates win: the expected item of a cell is its last one.
      const last = new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
      expectCover([...last.values()], blocks);
    }
  });

  it('splits cells strewn over a whole sheet into ranges of at most MAX_RANGE_CELLS, at most one per cell', () => {
    let seed = 5;
    const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const cells: Cell[] = [];
    for (let i = 0; i < 60; i++) cells.push(cell(1 + rand(1048576), 1 + rand(16384), String(i)));
    const blocks = coverBoxes(cells);
    expect(blocks.length).toBeLessThanOrEqual(cells.length);
    expect(Math.max(...blocks.map((b) => cellsIn([b])))).toBeLessThanOrEqual(MAX_RANGE_CELLS);
    expectCover(cells, blocks);
  });

  it('cuts an area edited throughout and over maxCells into row chunks of at most maxCells cells', () => {
    const cells: Cell[] = [];
    for (let r = 1; r <= 100; r++) for (let c = 1; c <= 7; c++) cells.push(cell(r, c));
    const blocks = coverBoxes(cells, { maxCells: 100 });
    expect(blocks.every((b) => b.box.left === 1 && b.box.right === 7)).toBe(true);
    expect(Math.max(...blocks.map((b) => cellsIn([b])))).toBeLessThanOrEqual(100);
    expect(blocks.length).toBeLessThanOrEqual((2 * 700) / 100);
    expectCover(cells, blocks);
    // Two edited columns far apart: cut between them rather than into chunks.
    const two: Cell[] = [];
    for (let r = 1; r <= 100; r++) two.push(cell(r, 1), cell(r, 7));
    expect(coverBoxes(two, { maxCells: 100 }).map((b) => rangeA1(b.box))).toEqual(['A1:A100', 'G1:G100']);
  });

  it('gives nothing for no cells', () => {
    expect(coverBoxes([])).toEqual([]);
  });
});
