import * as path from 'path';
import ExcelJS from 'exceljs';

export const SAMPLES_DIR = path.join(__dirname, '..', '..', 'samples');

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Rows whose cells in the given columns have exactly these texts (line breaks and spaces ignored). */
export function rowsWhere(ws: ExcelJS.Worksheet, match: Record<number, string>): number[] {
  const out: number[] = [];
  const norm = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/\s+/g, ''));
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (Object.entries(match).every(([c, t]) => norm(row.getCell(Number(c)).value) === norm(t))) out.push(r);
  });
  return out;
}

/** The single row matching; throws when none or several. */
export function rowWhere(ws: ExcelJS.Worksheet, match: Record<number, string>): number {
  const rows = rowsWhere(ws, match);
  if (rows.length !== 1) throw new Error(`${ws.name}: ${JSON.stringify(match)} matches ${rows.length} rows`);
  return rows[0];
}

export function value(ws: ExcelJS.Worksheet, row: number, col: number): unknown {
  return ws.getCell(row, col).value;
}

/** Everything a reader sees in a workbook, per sheet: cell values, number formats and merges (not zip bytes). */
export function contents(wb: ExcelJS.Workbook): Record<string, { cells: Record<string, unknown>; merges: string[] }> {
  const out: Record<string, { cells: Record<string, unknown>; merges: string[] }> = {};
  wb.eachSheet((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        cells[cell.address] = { v: cell.value, f: cell.numFmt ?? null };
      }),
    );
    const merges = [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort();
    out[ws.name] = { cells, merges };
  });
  return out;
}
