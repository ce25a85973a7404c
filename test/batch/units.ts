import { readFileSync } from 'fs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { writeConsolidated } from '../../scripts/gen-consolidated';

/**
 * Units' workbooks for the reviewer's workflow, built from the samples and the generator: what a 财政局 reviewer
 * receives in one round. Used by test/batch and test/e2e/batch.
 */

const SAMPLES = join(__dirname, '../../samples');

/** The cell changed in `mutatedZfb` (公开01表 本年收入合计, 12179200 元 → 12189200). */
export const MUTATED_CELL = '公开01表!C31';
export const ZFB_UNIT = '益阳市赫山区人民政府办公室';
export const CLEAN_UNIT = '示例甲单位';

export function sample(name: string): Buffer {
  return readFileSync(join(SAMPLES, name));
}

async function edit(name: string, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(sample(name) as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The zfb sample with 本年收入合计 changed: errors at MUTATED_CELL. */
export function mutatedZfb(): Promise<Buffer> {
  return edit('heshan-zfb-2021.xlsx', (wb) => {
    const cell = wb.getWorksheet('公开01表')!.getCell('C31');
    if (cell.value !== 12179200) throw new Error(`样表 ${MUTATED_CELL} 已变：${String(cell.value)}`);
    cell.value = 12189200;
  });
}

/**
 * The jdfw sample with two 合计 of 一般公共预算支出表 0.01 万元 off (E9, E19): only 舍位差异, five of them on that
 * sheet (row totals and their roll-ups), beside the sample's own two on other sheets.
 */
export function roundedJdfw(): Promise<Buffer> {
  return edit('heshan-jdfw-2021.xlsx', (wb) => {
    const ws = wb.getWorksheet('一般公共预算支出表')!;
    for (const a1 of ['E9', 'E19']) {
      const c = ws.getCell(a1);
      c.value = Math.round(((c.value as number) + 0.01) * 100) / 100;
    }
  });
}

/** A clean generated unit (可提交). */
export async function cleanUnit(name = CLEAN_UNIT, seed = 1): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-unit-'));
  const file = join(dir, 'unit.xlsx');
  await writeConsolidated(file, { rows: 40, seed, unitName: name });
  return readFileSync(file);
}

/** Half of a workbook's bytes: 无法读取. */
export function truncated(): Buffer {
  const bytes = sample('heshan-jdfw-2021.xlsx');
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

/** Every cell of a sheet as text rows. */
export function sheetRows(wb: ExcelJS.Workbook, name: string): string[][] {
  const ws = wb.getWorksheet(name)!;
  const rows: string[][] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? '' : String(v));
    }
    rows.push(cells);
  });
  return rows;
}
