import type ExcelJS from 'exceljs';
import { isCellError } from '../../src/core/grid/grid';
import type { EditPlan } from '../../src/core/plan/types';
import { SUPP_COLS, SUPP_HEADER_ROW, supplementaryTemplatePlan, suppFieldFor } from '../../src/core/supplementary';
import type { SampleData } from './types';

/** Writes an EditPlan into an ExcelJS workbook (sheets first, then every cell edit). */
export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: EditPlan): void {
  for (const s of plan.createSheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility });
    s.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  for (const e of plan.edits) {
    const ws = wb.getWorksheet(e.ref.sheet);
    if (!ws) throw new Error(`no sheet ${e.ref.sheet}`);
    const cell = ws.getCell(e.ref.row, e.ref.col);
    if (e.formula !== undefined) cell.value = { formula: e.formula };
    else if (e.value !== undefined)
      cell.value =
        e.value !== null && isCellError(e.value) ? ({ error: e.value.error } as ExcelJS.CellErrorValue) : e.value;
    if (e.numFmt) cell.numFmt = e.numFmt;
  }
}

/** The first sheet 说明: what the workbook is, which figures come from the seed text and which are illustrative. */
export function addReadme(wb: ExcelJS.Workbook, data: SampleData, notes: readonly string[]): void {
  const ws = wb.addWorksheet('说明');
  ws.getColumn(1).width = 120;
  const lines: [string, boolean?][] = [
    [`样例工作簿：${data.unitName} ${data.year}年度部门决算公开表（决算公开助手示例）`, true],
    [`单位：${data.unitName}\u3000年度：${data.year}\u3000模板：${data.profile}（湖南/财政部 2021 式样）`],
    [`数据来源：公开的部门决算文本（种子 ${data.seed}，原文表格缺失，仅存第三部分情况说明）。`],
    [''],
    ['一、来自种子文本的数字（与原文一致）', true],
    ...data.fromSeed.map((s, i): [string] => [`${i + 1}. ${s}`]),
    [''],
    ['二、示意数字（原文只给出合计，为使各表完整而拆分，合计与原文严格相等，不是真实数据）', true],
    ...data.illustrative.map((s, i): [string] => [`${i + 1}. ${s}`]),
    [''],
    ['三、版式说明', true],
    ...notes.map((s, i): [string] => [`${i + 1}. ${s}`]),
    [''],
    ['原文中自相矛盾的推算数（增减百分比等）没有抄入表内，见 samples/README.md。'],
  ];
  // Every list line ends with “。” so that no line reads as a table title (the mapper finds tables by title).
  const sentence = (s: string) => (/[。：]$/.test(s) || !/^\d+\. /.test(s) ? s : `${s}。`);
  lines.forEach(([raw, bold], i) => {
    const text = sentence(raw);
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (bold) cell.font = { bold: true };
  });
}

/**
 * The 补充信息 sheet: the core template (src/core/supplementary) filled with the sample's values and notes.
 * `perSubject: false` leaves out the per-项 lines (a consolidated workbook has too many 项 for them).
 */
export function addSupplementary(wb: ExcelJS.Workbook, data: SampleData, perSubject = true): void {
  const names = data.names;
  const subjects = perSubject ? data.t05.map((l) => ({ code: l.code, name: names[l.code] })) : [];
  applyPlanToWorkbook(wb, supplementaryTemplatePlan({ subjects, unitName: data.unitName, year: data.year }));
  const ws = wb.getWorksheet('补充信息')!;
  const rowByKey = new Map<string, number>();
  ws.eachRow((row, r) => {
    const key = row.getCell(SUPP_COLS.key).value;
    if (r > SUPP_HEADER_ROW && typeof key === 'string') rowByKey.set(key, r);
  });
  for (const [key, value] of Object.entries(data.supplementary)) {
    const r = rowByKey.get(key);
    const field = suppFieldFor(key);
    if (!r || !field) throw new Error(`补充信息 has no line for ${key}`);
    const cell = ws.getCell(r, SUPP_COLS.value);
    cell.value = field.kind === 'text' ? String(value) : Number(value);
    if (field.kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
  }
  for (const [key, note] of Object.entries(data.suppNotes)) {
    const r = rowByKey.get(key);
    if (!r) throw new Error(`补充信息 has no line for ${key}`);
    ws.getCell(r, SUPP_COLS.note).value = note;
    ws.getCell(r, SUPP_COLS.note).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getRow(SUPP_HEADER_ROW).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: SUPP_HEADER_ROW }];
}
