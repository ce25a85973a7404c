import ExcelJS from 'exceljs';
import type { Grid, GridCell } from '../../../src/core/grid/grid';
import { gridFromWorkbook } from '../../../src/io/workbook';
import { readXlsxGrid } from '../../../src/io/xlsx-read';

/** One difference between the lean reader's grid and ExcelJS's, named by sheet and cell. */
export interface Difference {
  readonly where: string;
  readonly lean: unknown;
  readonly exceljs: unknown;
}

/** ExcelJS's grid of the bytes (through src/io/exceljs-cell.ts), as the tool read files before the lean reader. */
export async function exceljsGrid(bytes: Uint8Array): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return gridFromWorkbook(wb, { maxRowsPerSheet: Infinity, maxCells: Infinity });
}

const show = (c: GridCell | undefined) => c && { value: c.value, formula: c.formula, numFmt: c.numFmt, text: c.text };

/** Every cell, row presence, merge and sheet state that differs; [] when the grids are the same. */
export function compareGrids(lean: Grid, ref: Grid): Difference[] {
  const out: Difference[] = [];
  const names = (g: Grid) => g.sheets.map((s) => `${s.name}:${s.visibility}`);
  if (names(lean).join('|') !== names(ref).join('|'))
    return [{ where: 'sheets', lean: names(lean), exceljs: names(ref) }];
  lean.sheets.forEach((a, i) => {
    const b = ref.sheets[i];
    const box = (m: { top: number; left: number; bottom: number; right: number }) =>
      `${m.top},${m.left},${m.bottom},${m.right}`;
    if (a.merges.map(box).join(' ') !== b.merges.map(box).join(' '))
      out.push({ where: `${a.name} merges`, lean: a.merges.map(box), exceljs: b.merges.map(box) });
    if (a.rows.length !== b.rows.length)
      out.push({ where: `${a.name} row count`, lean: a.rows.length, exceljs: b.rows.length });
    for (let r = 0; r < Math.max(a.rows.length, b.rows.length); r++) {
      const ra = a.rows[r];
      const rb = b.rows[r];
      if (!ra !== !rb) out.push({ where: `${a.name} row ${r + 1} present`, lean: !!ra, exceljs: !!rb });
      for (let c = 0; c < Math.max(ra?.length ?? 0, rb?.length ?? 0); c++) {
        const x = show(ra?.[c]);
        const y = show(rb?.[c]);
        if (JSON.stringify(x) !== JSON.stringify(y))
          out.push({ where: `${a.name}!R${r + 1}C${c + 1}`, lean: x, exceljs: y });
      }
    }
  });
  return out;
}

export async function parity(bytes: Uint8Array): Promise<Difference[]> {
  return compareGrids(
    readXlsxGrid(bytes, 'parity.xlsx', { maxRowsPerSheet: Infinity, maxCells: Infinity }),
    await exceljsGrid(bytes),
  );
}
