import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { derivations } from '../../../src/core/derive';
import { analyseGrid } from '../../../src/core/engine';
import { findSheet, getCell, refToString, type CellRef } from '../../../src/core/grid/grid';
import type { TableId } from '../../../src/core/model/types';
import { gridFromWorkbook } from '../../../src/io/workbook';
import { ROOT } from './build';

/** Workbooks the browser opens: samples with cells the tool can fill blanked out, and a large one. */

export interface Blanked {
  readonly ref: CellRef;
  readonly label: string;
  /** The number the sample holds there (what fill must restore). */
  readonly value: number;
}

export interface Damaged {
  readonly name: string;
  readonly bytes: Buffer;
  readonly blanked: readonly Blanked[];
}

async function loadSample(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(ROOT, 'samples', file)) as unknown as ArrayBuffer);
  return wb;
}

/**
 * The sample with one derived cell of T01 (本年收入合计) and one of T05 blanked: checks then report errors there, and
 * fill can write them back. Which cells is decided by the engine's own relations on the untouched sample.
 */
export async function damagedSample(file: string, tables: readonly TableId[] = ['T01', 'T05']): Promise<Damaged> {
  const wb = await loadSample(file);
  const grid = gridFromWorkbook(wb);
  const all = derivations(analyseGrid(grid).mapping);
  const blanked: Blanked[] = [];
  for (const t of tables) {
    const d = all.find((x) => {
      const v = getCell(findSheet(grid, x.target.sheet)!, x.target.row, x.target.col)?.value;
      return x.table === t && typeof v === 'number' && v !== 0;
    });
    if (!d) throw new Error(`${file}：${t} 没有可填充的非零单元格`);
    const value = getCell(findSheet(grid, d.target.sheet)!, d.target.row, d.target.col)!.value as number;
    blanked.push({ ref: d.target, label: d.label, value });
    wb.getWorksheet(d.target.sheet)!.getCell(d.target.row, d.target.col).value = null;
  }
  return { name: file, bytes: Buffer.from(await wb.xlsx.writeBuffer()), blanked };
}

/**
 * A ~5 MB workbook: the sample plus four ledger sheets of 14,000 rows × 12 columns of distinct numbers (each sheet
 * stays under the reader's 8 MB-per-sheet and 50,000-row limits; 700,000 cells in all).
 */
export async function largeWorkbook(rows = 14_000, sheets = 4): Promise<Buffer> {
  const wb = await loadSample('heshan-zfb-2021.xlsx');
  // mulberry32: distinct numbers that compress like real ledgers, the same every run.
  let seed = 20210101;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let s = 1; s <= sheets; s++) {
    const ws = wb.addWorksheet(`明细账${s}`);
    for (let r = 1; r <= rows; r++) {
      const row: (string | number)[] = [`记-${s}-${r}`, `2021-${String((r % 12) + 1).padStart(2, '0')}`];
      for (let c = 0; c < 10; c++) row.push(Math.round(next() * 1e8) / 100);
      ws.addRow(row);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function refText(b: Blanked): string {
  return refToString(b.ref);
}
