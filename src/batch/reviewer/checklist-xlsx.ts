import type ExcelJS from 'exceljs';
import { formulaSafe as safeText } from '../../io/report-csv';
import { loadExcelJS } from './exceljs';
import { CHECKLIST_SHEET } from '../types';
import type { Checklist, ItemResult } from './checklist';

export { CHECKLIST_SHEET };

const FILL: Partial<Record<ItemResult, string>> = { 否: 'FFFCE4D6', 无法读取: 'FFE7E6E6' };

/**
 * The checklist as a sheet: 序号, 检查项目, 类别, then one 是否合格 column per unit (headed by its name), and the
 * number of units failing each item. A closing row says whether each unit passes every item.
 */
export function addChecklistSheet(wb: ExcelJS.Workbook, list: Checklist): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(CHECKLIST_SHEET);
  ws.columns = [
    { header: '序号', width: 6 },
    { header: '检查项目', width: 40 },
    { header: '类别', width: 10 },
    ...list.units.map((u) => ({ header: safeText(`${u.name}\n是否合格`), width: 14 })),
    { header: '不合格单位数', width: 12 },
  ];
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: 1 }];
  list.items.forEach((item, i) => {
    const results = list.units.map((u) => u.results[i]);
    const row = ws.addRow([
      i + 1,
      safeText(item.title),
      item.scope,
      ...results,
      results.filter((r) => r === '否').length,
    ]);
    results.forEach((r, k) => {
      const argb = FILL[r];
      if (argb) row.getCell(4 + k).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    });
  });
  const all = ws.addRow([
    '',
    '全部合格',
    '',
    ...list.units.map((u) => (u.results.every((r) => r === '是' || r === '未检查') ? '是' : '否')),
  ]);
  all.font = { bold: true };
  return ws;
}

export async function buildChecklistWorkbook(list: Checklist): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = '决算公开助手 juesuan';
  addChecklistSheet(wb, list);
  return wb;
}
