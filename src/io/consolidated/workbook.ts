import type ExcelJS from 'exceljs';
import type { Consolidation, SumFigure } from '../../core/consolidate';
import { TABLE_IDS, type TableId } from '../../core/model/types';
import { mergePlans, type CellEdit } from '../../core/plan/types';
import { fieldName } from '../../core/profiles/tables';
import {
  SUPP_COLS,
  SUPP_SHEET_NAME,
  suppFieldFor,
  supplementaryTemplatePlan,
  suppNumFmt,
} from '../../core/supplementary';
import { applyPlan } from '../apply-plan';
import { UNKNOWN_TEXT, Writer } from './sheet';
import { writeTables } from './tables';

export const DETAIL_SHEET = '汇总明细';

/**
 * The consolidated department workbook: tables 01–09 (tables.ts), 补充信息 (the core template with the additive lines
 * summed — amounts in 万元 as the template says — reasons and texts left for the user) and 汇总明细, each unit's
 * contribution to every figure. Written into `wb`, a new empty workbook: the caller loads ExcelJS (statically in
 * the CLI, lazily on the web page, into its exceljs chunk), so that this module never pulls ExcelJS into a chunk.
 */
export function buildConsolidatedWorkbook(sum: Consolidation, name: string, wb: ExcelJS.Workbook): ExcelJS.Workbook {
  wb.creator = '决算公开助手 juesuan consolidate';
  writeTables(wb, sum, name);
  writeSupplementary(wb, sum, name);
  writeDetail(wb, sum);
  return wb;
}

function writeSupplementary(wb: ExcelJS.Workbook, sum: Consolidation, name: string): void {
  const template = supplementaryTemplatePlan({ unitName: name, year: sum.year });
  const rows = new Map<string, number>();
  for (const e of template.edits)
    if (e.ref.col === SUPP_COLS.key && typeof e.value === 'string' && suppFieldFor(e.value))
      rows.set(e.value, e.ref.row);
  const edits: CellEdit[] = [];
  for (const [key, s] of Object.entries(sum.supplementary)) {
    const row = rows.get(key);
    if (row === undefined) continue;
    const ref = { sheet: SUPP_SHEET_NAME, row, col: SUPP_COLS.value };
    const value = s.unknown ? UNKNOWN_TEXT : s.value.normalize().toNumber();
    edits.push({ ref, value, numFmt: suppNumFmt(s.kind), reason: '汇总' });
    const note = { sheet: SUPP_SHEET_NAME, row, col: SUPP_COLS.note };
    edits.push({ ref: note, value: `各单位合计（${s.parts.length} 个单位填报）`, reason: '汇总' });
  }
  applyPlan(wb, mergePlans(template, { createSheets: [], edits }));
}

function writeDetail(wb: ExcelJS.Workbook, sum: Consolidation): void {
  const w = new Writer(wb.addWorksheet(DETAIL_SHEET), sum.outputUnit);
  const n = sum.units.length;
  w.widths([14, 56, 18, ...sum.units.map(() => 18)]);
  w.text(1, 1, `汇总明细：各单位对每个汇总数的贡献（${n} 个单位${sum.year ? `，${sum.year}年度` : ''}）`, {
    bold: true,
  });
  w.text(2, 1, `金额单位：${sum.outputUnit}（补充信息中的金额为万元，人数、个数按实际单位）`);
  ['表', '项目', '汇总数', ...sum.units.map((u) => u.name)].forEach((h, i) =>
    w.text(3, i + 1, h, { bold: true, center: true }),
  );
  let row = 4;
  const line = (table: string, label: string, f: SumFigure, inWan = false) => {
    if (!f.unknown && f.value.isZero() && !f.parts.length) return;
    w.text(row, 1, table);
    w.text(row, 2, label);
    const put = (col: number, v: SumFigure) => (inWan ? w.exact(row, col, v) : w.amount(row, col, v));
    put(3, f);
    for (const p of f.parts) put(4 + p.unit, { value: p.value, half: p.half, parts: [] });
    row++;
  };
  for (const id of TABLE_IDS) {
    const t = sum.tables[id];
    if (!t) continue;
    const title = `公开${id.slice(1)}表`;
    for (const [k, f] of Object.entries(t.items)) line(title, itemName(id, k), f);
    for (const [k, f] of Object.entries(t.totalRow ?? {})) line(title, `合计 ${fieldName(id, k)}`, f);
    for (const r of t.rows)
      for (const [k, f] of Object.entries(r.values)) line(title, `${r.code} ${r.name} ${fieldName(id, k)}`, f);
  }
  for (const [key, s] of Object.entries(sum.supplementary)) line('补充信息', suppFieldFor(key)?.label ?? key, s, true);
  w.box(3, 1, row - 1, 3 + n);
  row++;
  w.text(row++, 1, '参与汇总的单位：', { bold: true });
  sum.units.forEach((u, i) =>
    w.text(row++, 1, `${i + 1}. ${u.name}${u.file ? `（${u.file}）` : ''}，金额单位${u.unit ?? '不明'}`),
  );
  for (const note of sum.notes) w.text(row++, 1, `注意：${note.message}`);
  // The 汇总明细 sheet holds no table title, so the mapper never takes it for one of the nine tables.
}

function itemName(id: TableId, key: string): string {
  const name = fieldName(id, key);
  if (name !== key) return name; // never a table's title: the mapper finds tables by title
  const m = /^(.*)\.(total|general|fund|soe)$/.exec(key);
  return m ? `${fieldName(id, m[1])}（${fieldName('T04', m[2])}）` : key;
}
