import { Dec } from '../../src/core/decimal/dec';
import { parseAmount, UNIT_SHIFT_TO_WAN, type Unit } from '../../src/core/decimal/amount';
import { a1, cellText, isCellError, rangeA1, type Grid, type RangeBox } from '../../src/core/grid/grid';
import type { Analysis } from '../../src/core/engine';
import type { TableMapping } from '../../src/core/mapping/types';
import type { Row, SheetSpec } from '../helpers/xlsx';

/**
 * Layout-variant generator: turns a correct workbook (a sample, read through the project's reader) into the
 * real-world layouts of domain.md ("Variation seen in real exports") — numbering rows, 编制单位 and 单位 in one
 * cell, split or joined codes, 元/千元/万元, 0.00 in every empty cell, two tables stacked on one sheet, shuffled
 * and renamed sheets, hidden and extra empty columns and rows — as sheets to write with the test helpers. Every
 * variant holds the same figures as its base: only the layout changes (and the unit, converted exactly).
 */

interface Cell {
  v: string | number | null;
  fmt?: string;
}

/** A sheet being rewritten: cells by row and column (0-based arrays of 1-based positions), merges, hidden lines. */
export interface Draft {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  cells: (Cell | undefined)[][];
  merges: RangeBox[];
  hiddenRows: number[];
  hiddenCols: number[];
}

export interface Base {
  readonly grid: Grid;
  readonly analysis: Analysis;
}

export interface Variant {
  readonly name: string;
  readonly sheets: SheetSpec[];
}

function draftsOf(grid: Grid): Draft[] {
  return grid.sheets.map((s) => ({
    name: s.name,
    state: s.visibility,
    cells: Array.from(s.rows, (row) =>
      Array.from(row ?? [], (c) => {
        if (!c || c.value === null || c.value === undefined) return undefined;
        const v = isCellError(c.value) ? c.value.error : typeof c.value === 'boolean' ? cellText(c) : c.value;
        return { v, fmt: c.numFmt };
      }),
    ),
    merges: s.merges.map((m) => ({ ...m })),
    hiddenRows: [],
    hiddenCols: [],
  }));
}

export function toSpecs(drafts: readonly Draft[]): SheetSpec[] {
  return drafts.map((d) => {
    const formats: Record<string, string> = {};
    const rows: Row[] = d.cells.map((row, i) =>
      row.map((c, j) => {
        if (c?.fmt && c.v !== null) formats[a1(i + 1, j + 1)] = c.fmt;
        return c?.v ?? null;
      }),
    );
    return {
      name: d.name,
      rows,
      merges: d.merges.map(rangeA1),
      state: d.state,
      formats,
      hiddenRows: d.hiddenRows,
      hiddenCols: d.hiddenCols,
    };
  });
}

const get = (d: Draft, r: number, c: number): Cell | undefined => d.cells[r - 1]?.[c - 1];
function put(d: Draft, r: number, c: number, cell: Cell | undefined): void {
  while (d.cells.length < r) d.cells.push([]);
  d.cells[r - 1][c - 1] = cell;
}

/** Inserts an empty row before row `at` (1-based), moving merges below it down. */
function insertRow(d: Draft, at: number): void {
  while (d.cells.length < at - 1) d.cells.push([]);
  d.cells.splice(at - 1, 0, []);
  d.merges = d.merges.map((m) =>
    m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m.bottom >= at ? { ...m, bottom: m.bottom + 1 } : m,
  );
}

/** Inserts `n` empty columns before column `at`; a merge across the gap widens. */
function insertCols(d: Draft, at: number, n = 1): void {
  for (const row of d.cells) if (row && row.length >= at) row.splice(at - 1, 0, ...Array<undefined>(n).fill(undefined));
  d.merges = d.merges.map((m) =>
    m.left >= at ? { ...m, left: m.left + n, right: m.right + n } : m.right >= at ? { ...m, right: m.right + n } : m,
  );
}

/** Every value cell a table's mapping names (items, 科目 rows, 合计 row). */
function valueCells(t: TableMapping): { row: number; col: number }[] {
  const out = t.items.map((i) => ({ row: i.cell.row, col: i.cell.col }));
  for (const r of t.rows) if (!r.sheet) for (const col of Object.values(r.cols)) if (col) out.push({ row: r.row, col });
  if (t.totalRow !== undefined) for (const col of Object.values(t.columns)) out.push({ row: t.totalRow, col });
  return out;
}

type Transform = (drafts: Draft[], base: Base) => void;

const onSheet = (drafts: Draft[], name: string) => drafts.find((d) => d.name === name)!;

/** Bottom-up so that rows inserted for one table do not move another's on the same sheet. */
const tablesBottomUp = (base: Base) => [...base.analysis.mapping.tables].sort((a, b) => b.box.top - a.box.top);

/** A 栏次 row (1, 2, 3 …, unlabelled) over the value columns, under each table's header. */
const numberingRows: Transform = (drafts, base) => {
  for (const t of tablesBottomUp(base)) {
    const cells = valueCells(t);
    if (cells.length === 0) continue;
    const d = onSheet(drafts, t.sheet);
    const first = Math.min(...cells.map((c) => c.row));
    const cols = [...new Set(cells.map((c) => c.col))].sort((a, b) => a - b);
    insertRow(d, first);
    cols.forEach((c, i) => put(d, first, c, { v: i + 1 }));
  }
};

/** “编制单位：XX    单位：元” in one cell merged across the table, where the 单位 line was. */
const nameAndUnitInOneCell: Transform = (drafts, base) => {
  const name = base.analysis.disclosure.unitName ?? '测试单位';
  for (const t of base.analysis.mapping.tables) {
    if (!t.unitCell) continue;
    const d = onSheet(drafts, t.sheet);
    const r = t.unitCell.row;
    for (let c = t.box.left; c <= t.box.right; c++) put(d, r, c, undefined);
    d.merges = d.merges.filter((m) => m.bottom < r || m.top > r);
    put(d, r, t.box.left, { v: `编制单位：${name}          单位：${t.unit}` });
    d.merges.push({ top: r, bottom: r, left: t.box.left, right: t.box.right });
  }
};

/** Every amount converted exactly to another unit, the 单位 line saying so. */
const inUnit =
  (to: Unit): Transform =>
  (drafts, base) => {
    for (const t of base.analysis.mapping.tables) {
      if (t.unit === to) continue;
      const d = onSheet(drafts, t.sheet);
      const k = UNIT_SHIFT_TO_WAN[t.unit] - UNIT_SHIFT_TO_WAN[to];
      for (const { row, col } of valueCells(t)) {
        const cell = get(d, row, col);
        const p = parseAmount(cell?.v ?? null);
        if (p.kind !== 'number') continue;
        const v = p.value.shift(k).normalize();
        put(d, row, col, { v: v.toNumber(), fmt: '#,##0.00' });
      }
      // The 单位 line, wherever in that row it now is (another transform may have merged it with the name).
      if (t.unitCell)
        for (let c = t.box.left; c <= t.box.right; c++) {
          const u = get(d, t.unitCell.row, c);
          if (u && typeof u.v === 'string') u.v = u.v.replace(/(单位[:：]\s*)(万元|千元|元)/, `$1${to}`);
        }
    }
  };

/** 0.00 printed in every empty amount cell. */
const zerosInBlanks: Transform = (drafts, base) => {
  for (const t of base.analysis.mapping.tables) {
    if (t.empty) continue;
    const d = onSheet(drafts, t.sheet);
    for (const { row, col } of valueCells(t)) {
      const c = get(d, row, col);
      if (c === undefined || c.v === null || c.v === '') put(d, row, col, { v: 0, fmt: '#,##0.00' });
    }
  }
};

/** 科目 codes in one column split over 类 | 款 | 项 (经济分类: 类 | 款). */
const splitCodes: Transform = (drafts, base) => {
  for (const t of base.analysis.mapping.tables) {
    const coded = t.rows.filter(
      (r) => r.codeCell && String(get(onSheet(drafts, t.sheet), r.row, r.codeCell.col)?.v) === r.code,
    );
    if (coded.length === 0 || coded.length !== t.rows.filter((r) => r.codeCell).length) continue;
    const d = onSheet(drafts, t.sheet);
    const col = coded[0].codeCell!.col;
    if (coded.some((r) => r.codeCell!.col !== col)) continue; // side-by-side groups: left as they are
    const parts = t.id === 'T06' ? 1 : 2;
    insertCols(d, col + 1, parts);
    for (const r of coded) {
      const pieces = [r.code.slice(0, 3), r.code.slice(3, 5), r.code.slice(5, 7)].slice(0, parts + 1);
      pieces.forEach((p, i) => put(d, r.row, col + i, p ? { v: p } : undefined));
    }
  }
};

/** Codes split over 类 | 款 | 项 columns printed whole in the first of them. */
const joinCodes: Transform = (drafts, base) => {
  for (const t of base.analysis.mapping.tables)
    for (const r of t.rows) {
      if (!r.codeCell || r.sheet) continue;
      const d = onSheet(drafts, t.sheet);
      const first = get(d, r.row, r.codeCell.col);
      if (!first || String(first.v) === r.code) continue;
      put(d, r.row, r.codeCell.col, { v: r.code });
      for (let c = r.codeCell.col + 1; c <= r.codeCell.col + 2; c++)
        if (/^\d{2}$/.test(String(get(d, r.row, c)?.v ?? ''))) put(d, r.row, c, undefined);
    }
};

/** Sheets in reverse order with meaningless names (Sheet1 …); the tool's own sheets keep theirs. */
const shuffledSheets: Transform = (drafts, base) => {
  const tableSheets = new Set(base.analysis.mapping.tables.map((t) => t.sheet));
  let n = 0;
  for (const d of drafts) if (tableSheets.has(d.name)) d.name = `Sheet${++n}`;
  drafts.reverse();
};

/** A hidden empty column before everything, an extra empty one after, a hidden empty row under each title. */
const hiddenAndEmpty: Transform = (drafts, base) => {
  for (const t of tablesBottomUp(base)) {
    const d = onSheet(drafts, t.sheet);
    insertRow(d, t.box.top + 1);
    d.hiddenRows = d.hiddenRows.map((r) => (r > t.box.top ? r + 1 : r));
    d.hiddenRows.push(t.box.top + 1);
  }
  for (const name of new Set(base.analysis.mapping.tables.map((t) => t.sheet))) {
    const d = onSheet(drafts, name);
    insertCols(d, 1);
    d.hiddenCols.push(1);
  }
};

/** Two tables on one sheet: the sheet of the last table is appended below the sheet of the one before it. */
const stacked: Transform = (drafts, base) => {
  const tables = base.analysis.mapping.tables.filter((t) => t.box.top === 1);
  const a = tables.find((t) => t.id === 'T08') ?? tables[tables.length - 2];
  const b = tables.find((t) => t.id === 'T09' && t.sheet !== a.sheet) ?? tables[tables.length - 1];
  if (!a || !b || a.sheet === b.sheet) return;
  const top = onSheet(drafts, a.sheet);
  const bottom = onSheet(drafts, b.sheet);
  const offset = top.cells.length + 2;
  bottom.cells.forEach((row, i) => (top.cells[offset + i] = row));
  for (let i = 0; i < offset; i++) top.cells[i] ??= [];
  top.merges.push(...bottom.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })));
  drafts.splice(drafts.indexOf(bottom), 1);
};

export const TRANSFORMS: Readonly<Record<string, Transform>> = {
  'numbering-rows': numberingRows,
  'name-and-unit-in-one-cell': nameAndUnitInOneCell,
  'in-yuan': inUnit('元'),
  'in-qianyuan': inUnit('千元'),
  'in-wanyuan': inUnit('万元'),
  'zeros-in-blanks': zerosInBlanks,
  'split-codes': splitCodes,
  'joined-codes': joinCodes,
  'shuffled-sheets': shuffledSheets,
  'hidden-and-empty': hiddenAndEmpty,
  'stacked-tables': stacked,
};

/** The variants of a base workbook: each transform alone, and a few together (a national export in 元 …). */
export function variantsOf(base: Base): Variant[] {
  const combos: string[][] = [
    ...Object.keys(TRANSFORMS).map((k) => [k]),
    // Transforms find cells through the base mapping: those that only change contents come first, those that
    // move cells after them, renaming last.
    ['name-and-unit-in-one-cell', 'in-yuan', 'numbering-rows', 'shuffled-sheets'],
    ['zeros-in-blanks', 'split-codes', 'hidden-and-empty', 'stacked-tables'],
  ];
  return combos.map((names) => {
    const drafts = draftsOf(base.grid);
    for (const n of names) TRANSFORMS[n](drafts, base);
    return { name: names.join('+'), sheets: toSpecs(drafts) };
  });
}

/** Exact value of a shown amount text (for fill results). */
export const decOf = (text: string): Dec => Dec.from(text.replace(/,/g, ''));
