import { T01_FOOT_LINES } from '../../src/core/profiles/tables';
import type ExcelJS from 'exceljs';
import { ECONOMIC_SUBJECTS } from '../../src/core/catalogue';
import { Dec } from '../../src/core/decimal/dec';
import {
  NOTES,
  T01_INCOME_LINES,
  T04_INCOME_LINES,
  TITLES,
  checkClassesOnForm,
  classLines,
  dec,
} from './layout-common';
import { SheetWriter } from './sheet';
import {
  FUND_COLS,
  T02_COLS,
  T03_COLS,
  T04_COLS,
  T05_COLS,
  economicTree,
  subjectTree,
  type SampleData,
  type SubjectLine,
} from './types';

/**
 * Sample 1 layout — the national 决算公开 export (财政部 2021 式样): sheets 公开01表 … 公开09表, title row merged
 * across the table, a 公开NN表 tag at the right, 部门 / 金额单位：元 line, two header rows with merged group
 * headers, a 行次 column beside 项目 and a 栏次 row numbering the value columns (neither is data), 科目 codes in one
 * column, amounts in 元 with blanks for zero.
 */

interface Col {
  readonly key: string;
  readonly header: string;
  readonly group?: string;
}

function sheetFor(wb: ExcelJS.Workbook, n: number, data: SampleData, title: string, width: number): SheetWriter {
  const tag = `公开${String(n).padStart(2, '0')}表`;
  const w = new SheetWriter(wb.addWorksheet(tag), '元');
  w.merged(1, 1, 1, width, title, { bold: true, size: 16 });
  w.text(2, width, tag, { align: 'right' });
  w.text(3, 1, `部门：${data.unitLine}`);
  w.text(3, width, '金额单位：元', { align: 'right' });
  return w;
}

function note(w: SheetWriter, row: number, width: number, text: string): void {
  w.ws.mergeCells(row, 1, row, width);
  w.text(row, 1, text, { wrap: true });
  w.ws.getRow(row).height = 30;
}

/** Tables 01: 收入 | 支出 side by side, 24 类 lines on the right. */
function t01(wb: ExcelJS.Workbook, data: SampleData): void {
  const w = sheetFor(wb, 1, data, TITLES.T01, 6);
  w.widths([34, 6, 18, 34, 6, 18]);
  w.merged(4, 1, 4, 3, '收入', { bold: true });
  w.merged(4, 4, 4, 6, '支出', { bold: true });
  ['项目', '行次', '金额', '项目', '行次', '金额'].forEach((h, i) =>
    w.text(5, i + 1, h, { bold: true, align: 'center' }),
  );
  ['栏次', '', '1', '栏次', '', '2'].forEach((h, i) => h && w.text(6, i + 1, h, { align: 'center' }));
  const lines = classLines();
  const body = Math.max(lines.length, T01_INCOME_LINES.length);
  const first = 7;
  for (let i = 0; i < body + 4; i++) {
    w.text(first + i, 2, i + 1, { align: 'center' });
    w.text(first + i, 5, body + 4 + i + 1, { align: 'center' });
  }
  T01_INCOME_LINES.forEach(([label, key], i) => {
    w.text(first + i, 1, label);
    w.amount(first + i, 3, dec(data.t01, key));
  });
  lines.forEach((l, i) => {
    w.text(first + i, 4, l.label);
    w.amount(first + i, 6, l.code ? dec(data.t01Classes, l.code) : undefined);
  });
  T01_FOOT_LINES.forEach(([l, lk, r, rk], i) => {
    const row = first + body + i;
    const bold = i === 0 || i === 3;
    w.text(row, 1, l, { bold, align: bold ? 'center' : 'left' });
    w.amount(row, 3, dec(data.t01, lk));
    w.text(row, 4, r, { bold, align: bold ? 'center' : 'left' });
    w.amount(row, 6, dec(data.t01, rk));
  });
  const last = first + body + T01_FOOT_LINES.length - 1;
  w.box(4, 1, last, 6);
  note(w, last + 1, 6, NOTES.T01);
}

/** Table 04: 收入 on the left (年初结转 split by fund), 支出 by 类 with 合计 / three funds on the right. */
function t04(wb: ExcelJS.Workbook, data: SampleData): void {
  const w = sheetFor(wb, 4, data, TITLES.T04, 9);
  w.widths([30, 6, 16, 34, 6, 16, 16, 16, 16]);
  w.merged(4, 1, 4, 3, '收入', { bold: true });
  w.merged(4, 4, 4, 9, '支出', { bold: true });
  (['项目', '行次', '金额', '项目', '行次'] as const).forEach((h, i) =>
    w.merged(5, i + 1, 6, i + 1, h, { bold: true }),
  );
  w.merged(5, 6, 5, 9, '决算数', { bold: true });
  ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'].forEach((h, i) =>
    w.text(6, 6 + i, h, { bold: true, align: 'center', wrap: true }),
  );
  ['栏次', '', '1', '栏次', '', '2', '3', '4', '5'].forEach((h, i) => h && w.text(7, i + 1, h, { align: 'center' }));
  const lines = classLines();
  const first = 8;
  const body = lines.length;
  const rows = body + 6;
  for (let i = 0; i < rows; i++) {
    w.text(first + i, 2, i + 1, { align: 'center' });
    w.text(first + i, 5, rows + i + 1, { align: 'center' });
  }
  T04_INCOME_LINES.forEach(([label, key], i) => {
    w.text(first + i, 1, label);
    w.amount(first + i, 3, dec(data.t04, key));
  });
  lines.forEach((l, i) => {
    w.text(first + i, 4, l.label);
    T04_COLS.forEach((c, j) => w.amount(first + i, 6 + j, l.code ? dec(data.t04Classes[l.code], c) : undefined));
  });
  const r0 = first + body;
  w.text(r0, 1, '本年收入合计', { bold: true, align: 'center' });
  w.amount(r0, 3, dec(data.t04, 'income.total'));
  w.text(r0, 4, '本年支出合计', { bold: true, align: 'center' });
  T04_COLS.forEach((c, j) => w.amount(r0, 6 + j, dec(data.t04, `expense.total.${c}`)));
  w.text(r0 + 1, 1, '年初财政拨款结转和结余');
  w.amount(r0 + 1, 3, dec(data.t04, 'carryIn.total'));
  w.text(r0 + 1, 4, '年末财政拨款结转和结余');
  T04_COLS.forEach((c, j) => w.amount(r0 + 1, 6 + j, dec(data.t04, `carryOut.${c}`)));
  (
    [
      ['一般公共预算财政拨款', 'carryIn.general'],
      ['政府性基金预算财政拨款', 'carryIn.fund'],
      ['国有资本经营预算财政拨款', 'carryIn.soe'],
    ] as const
  ).forEach(([label, key], i) => {
    w.text(r0 + 2 + i, 1, label);
    w.amount(r0 + 2 + i, 3, dec(data.t04, key));
  });
  w.text(r0 + 5, 1, '总计', { bold: true, align: 'center' });
  w.amount(r0 + 5, 3, dec(data.t04, 'income.grand'));
  w.text(r0 + 5, 4, '总计', { bold: true, align: 'center' });
  T04_COLS.forEach((c, j) => w.amount(r0 + 5, 6 + j, dec(data.t04, `expense.grand.${c}`)));
  w.box(4, 1, r0 + 5, 9);
  note(w, r0 + 6, 9, NOTES.T04);
}

/** Tables 02, 03, 05, 08, 09: 项目 (科目编码 | 科目名称), value columns under one- or two-row headers, 栏次, 合计. */
function subjects(
  wb: ExcelJS.Workbook,
  data: SampleData,
  n: number,
  title: string,
  cols: readonly Col[],
  lines: readonly SubjectLine[],
  notes: readonly string[],
): void {
  const width = 2 + cols.length;
  const w = sheetFor(wb, n, data, title, width);
  w.widths([12, 40, ...cols.map(() => 16)]);
  w.merged(4, 1, 4, 2, '项目', { bold: true });
  w.text(5, 1, '科目编码', { bold: true, align: 'center' });
  w.text(5, 2, '科目名称', { bold: true, align: 'center' });
  for (let i = 0; i < cols.length;) {
    const c = cols[i];
    if (!c.group) {
      w.merged(4, 3 + i, 5, 3 + i, c.header, { bold: true, wrap: true });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < cols.length && cols[j + 1].group === c.group) j++;
    w.merged(4, 3 + i, 4, 3 + j, c.group, { bold: true });
    for (let k = i; k <= j; k++) w.text(5, 3 + k, cols[k].header, { bold: true, align: 'center', wrap: true });
    i = j + 1;
  }
  w.merged(6, 1, 6, 2, '栏次');
  cols.forEach((_, i) => w.text(6, 3 + i, String(i + 1), { align: 'center' }));
  const keys = cols.map((c) => c.key);
  const tree = subjectTree(lines, data.names, keys);
  w.merged(7, 1, 7, 2, '合计', { bold: true });
  keys.forEach((k, i) => w.amount(7, 3 + i, tree.total[k]));
  tree.rows.forEach((r, idx) => {
    const row = 8 + idx;
    w.text(row, 1, r.code);
    w.text(row, 2, r.name);
    keys.forEach((k, i) => w.amount(row, 3 + i, r.v[k]));
  });
  const last = 7 + tree.rows.length;
  w.box(4, 1, last, width);
  notes.forEach((t, i) => note(w, last + 1 + i, width, t));
}

/** Table 06 in the national side-by-side form: 人员经费 | 公用经费 (302) | 公用经费 (310), footer 合计 lines. */
function t06(wb: ExcelJS.Workbook, data: SampleData): void {
  const w = sheetFor(wb, 6, data, TITLES.T06, 9);
  w.widths([10, 26, 16, 10, 26, 16, 10, 26, 16]);
  w.merged(4, 1, 4, 3, '人员经费', { bold: true });
  w.merged(4, 4, 4, 9, '公用经费', { bold: true });
  for (let g = 0; g < 3; g++)
    ['科目编码', '科目名称', '决算数'].forEach((h, i) => w.text(5, g * 3 + i + 1, h, { bold: true, align: 'center' }));
  const known = new Set(ECONOMIC_SUBJECTS.map((s) => s.code));
  for (const l of data.t06) if (!known.has(l.code)) throw new Error(`经济分类 ${l.code} not in catalogue`);
  const amounts = new Map(economicTree(data.t06, ['301', '303', '302', '310']).map((r) => [r.code, r.amount]));
  // The form lists every 款 of each 类 (blank where zero).
  const listOf = (classes: string[]) =>
    ECONOMIC_SUBJECTS.filter((s) => classes.includes(s.code.slice(0, 3))).sort((a, b) => {
      const ca = classes.indexOf(a.code.slice(0, 3));
      const cb = classes.indexOf(b.code.slice(0, 3));
      return ca - cb || a.code.localeCompare(b.code);
    });
  const groups = [listOf(['301', '303']), listOf(['302']), listOf(['310'])];
  const body = Math.max(...groups.map((g) => g.length));
  groups.forEach((g, gi) =>
    g.forEach((s, i) => {
      const row = 6 + i;
      w.text(row, gi * 3 + 1, s.code);
      w.text(row, gi * 3 + 2, s.name, { bold: s.level === 1 });
      w.amount(row, gi * 3 + 3, amounts.get(s.code));
    }),
  );
  const foot = 6 + body;
  w.merged(foot, 1, foot, 2, '人员经费合计', { bold: true });
  w.amount(foot, 3, Dec.from(data.t06Totals.personnelTotal));
  w.merged(foot, 4, foot, 8, '公用经费合计', { bold: true });
  w.amount(foot, 9, Dec.from(data.t06Totals.publicTotal));
  w.box(4, 1, foot, 9);
  note(w, foot + 1, 9, NOTES.T06);
}

/** Table 07: one data row, 预算数 / 决算数 pairs under merged headers. */
function t07(wb: ExcelJS.Workbook, data: SampleData): void {
  const w = sheetFor(wb, 7, data, TITLES.T07, 13);
  w.widths([10, ...Array(12).fill(13)]);
  w.merged(4, 1, 6, 1, '项目', { bold: true });
  w.merged(4, 2, 5, 3, '合计', { bold: true });
  w.merged(4, 4, 5, 5, '因公出国（境）费', { bold: true, wrap: true });
  w.merged(4, 6, 4, 11, '公务用车购置及运行维护费', { bold: true });
  w.merged(5, 6, 5, 7, '小计', { bold: true });
  w.merged(5, 8, 5, 9, '公务用车购置费', { bold: true });
  w.merged(5, 10, 5, 11, '公务用车运行维护费', { bold: true, wrap: true });
  w.merged(4, 12, 5, 13, '公务接待费', { bold: true });
  const parts = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];
  parts.forEach((p, i) => {
    w.text(6, 2 + 2 * i, '预算数', { bold: true, align: 'center' });
    w.text(6, 3 + 2 * i, '决算数', { bold: true, align: 'center' });
  });
  w.text(7, 1, '栏次', { align: 'center' });
  for (let i = 1; i <= 12; i++) w.text(7, 1 + i, String(i), { align: 'center' });
  w.text(8, 1, '金额', { align: 'center' });
  parts.forEach((p, i) => {
    w.amount(8, 2 + 2 * i, dec(data.t07, `budget.${p}`));
    w.amount(8, 3 + 2 * i, dec(data.t07, `actual.${p}`));
  });
  w.box(4, 1, 8, 13);
  note(w, 9, 13, NOTES.T07);
}

const FUND_HEADERS: readonly Col[] = [
  { key: 'carryIn', header: '年初结转和结余' },
  { key: 'income', header: '本年收入' },
  { key: 'expTotal', header: '合计', group: '本年支出' },
  { key: 'expBasic', header: '基本支出', group: '本年支出' },
  { key: 'expProject', header: '项目支出', group: '本年支出' },
  { key: 'carryOut', header: '年末结转和结余' },
];

export const NATIONAL_LAYOUT_NOTES = [
  '版式：财政部统一格式导出表（公开01表…公开09表），标题跨表宽合并，右上角表号，“部门：”“金额单位：元”行。',
  '“行次”列与“栏次”行只是编号，不是数据；科目编码在一列（如2010301），金额单位为元，零值留空。',
  '公开06表按三组并列（人员经费｜公用经费｜公用经费）列示全部经济分类款，底部为人员经费合计、公用经费合计。',
];

export function buildNational(wb: ExcelJS.Workbook, data: SampleData): void {
  checkClassesOnForm(data);
  t01(wb, data);
  subjects(
    wb,
    data,
    2,
    TITLES.T02,
    [
      { key: 'total', header: '本年收入合计' },
      { key: 'fiscal', header: '财政拨款收入' },
      { key: 'superior', header: '上级补助收入' },
      { key: 'business', header: '事业收入' },
      { key: 'operating', header: '经营收入' },
      { key: 'affiliated', header: '附属单位上缴收入' },
      { key: 'other', header: '其他收入' },
    ].filter((c) => (T02_COLS as readonly string[]).includes(c.key)),
    data.t02,
    [NOTES.T02],
  );
  subjects(
    wb,
    data,
    3,
    TITLES.T03,
    [
      { key: 'total', header: '本年支出合计' },
      { key: 'basic', header: '基本支出' },
      { key: 'project', header: '项目支出' },
      { key: 'toSuperior', header: '上缴上级支出' },
      { key: 'operating', header: '经营支出' },
      { key: 'toAffiliated', header: '对附属单位补助支出' },
    ].filter((c) => (T03_COLS as readonly string[]).includes(c.key)),
    data.t03,
    [NOTES.T03],
  );
  t04(wb, data);
  subjects(
    wb,
    data,
    5,
    TITLES.T05,
    T05_COLS.map((key) => ({
      key,
      header: { total: '小计', basic: '基本支出', project: '项目支出' }[key],
      group: '本年支出',
    })),
    data.t05,
    [NOTES.T05],
  );
  t06(wb, data);
  t07(wb, data);
  const fundCols = FUND_HEADERS.filter((c) => (FUND_COLS as readonly string[]).includes(c.key));
  subjects(wb, data, 8, TITLES.T08, fundCols, data.t08, data.t08.length ? [NOTES.T08] : [NOTES.T08, NOTES.T08empty]);
  subjects(wb, data, 9, TITLES.T09, fundCols, data.t09, data.t09.length ? [NOTES.T09] : [NOTES.T09, NOTES.T09empty]);
}
