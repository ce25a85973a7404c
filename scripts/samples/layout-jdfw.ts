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
import { SheetWriter, type ZeroStyle } from './sheet';
import { T04_COLS, economicTree, subjectTree, type SampleData, type SubjectLine } from './types';

/**
 * Sample 2 layout — another export style seen in practice: Chinese sheet names in a different order (T08 and T09
 * on one sheet), 编制单位 line, 单位：万元, 科目 codes split over 类 | 款 | 项 columns with the name in a fourth,
 * multi-row merged headers, no 行次/栏次, names wrapped inside cells, a blank row inside table 03, amounts with 2
 * decimals and some zero amounts written 0.00.
 */

interface Col {
  readonly key: string;
  readonly header: string;
  readonly group?: string;
}

function header(w: SheetWriter, top: number, title: string, data: SampleData, width: number): void {
  w.merged(top, 1, top, width, title, { bold: true, size: 15 });
  w.ws.getRow(top).height = 28;
  w.text(top + 1, 1, `编制单位：${data.unitLine}`);
  w.text(top + 1, Math.ceil(width / 2), `${data.year}年度`, { align: 'center' });
  w.text(top + 1, width, '单位：万元', { align: 'right' });
}

function note(w: SheetWriter, row: number, width: number, text: string): void {
  w.ws.mergeCells(row, 1, row, width);
  w.text(row, 1, text, { wrap: true });
  w.ws.getRow(row).height = 30;
}

/** 类 | 款 | 项 split of a code: '2010301' → ['201', '03', '01'], '20103' → ['201', '03', ''], '201' → ['201', '', '']. */
export function splitCode(code: string): [string, string, string] {
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
}

/** A 科目 table with 3-column codes starting at `top` (title row); returns the last row used. */
function subjects(
  w: SheetWriter,
  data: SampleData,
  top: number,
  title: string,
  cols: readonly Col[],
  lines: readonly SubjectLine[],
  opts: { zero?: Partial<Record<string, ZeroStyle>>; blankAfterClass?: string; notes?: readonly string[] } = {},
): number {
  const width = 4 + cols.length;
  header(w, top, title, data, width);
  const h = top + 2;
  w.merged(h, 1, h, 4, '项目', { bold: true });
  w.merged(h + 1, 1, h + 1, 3, '科目编码', { bold: true });
  w.merged(h + 1, 4, h + 2, 4, '科目名称', { bold: true });
  ['类', '款', '项'].forEach((t, i) => w.text(h + 2, 1 + i, t, { bold: true, align: 'center' }));
  for (let i = 0; i < cols.length;) {
    const c = cols[i];
    if (!c.group) {
      w.merged(h, 5 + i, h + 2, 5 + i, c.header, { bold: true, wrap: true });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < cols.length && cols[j + 1].group === c.group) j++;
    w.merged(h, 5 + i, h, 5 + j, c.group, { bold: true });
    for (let k = i; k <= j; k++) w.merged(h + 1, 5 + k, h + 2, 5 + k, cols[k].header, { bold: true, wrap: true });
    i = j + 1;
  }
  const keys = cols.map((c) => c.key);
  const tree = subjectTree(lines, data.names, keys);
  let row = h + 3;
  w.merged(row, 1, row, 4, '合计', { bold: true });
  keys.forEach((k, i) => w.amount(row, 5 + i, tree.total[k], opts.zero?.[k]));
  let prevClass = '';
  for (const r of tree.rows) {
    if (opts.blankAfterClass && prevClass === opts.blankAfterClass && r.level === 1) row++; // a blank row, as some exports have
    row++;
    const [l, k, x] = splitCode(r.code);
    w.text(row, 1, l, { align: 'center' });
    if (k) w.text(row, 2, k, { align: 'center' });
    if (x) w.text(row, 3, x, { align: 'center' });
    w.text(row, 4, wrapName(r.name), { bold: r.level === 1 });
    keys.forEach((key, i) => w.amount(row, 5 + i, r.v[key], opts.zero?.[key]));
    if (r.level === 1) prevClass = r.code;
  }
  w.box(h, 1, row, width);
  (opts.notes ?? []).forEach((t, i) => note(w, row + 1 + i, width, t));
  return row + (opts.notes ?? []).length;
}

/** Long names wrap over two lines inside the cell, as exports print them. */
function wrapName(name: string): string {
  if (name.length <= 14) return name;
  const paren = name.indexOf('）') + 1;
  const cut = paren >= 4 && paren <= name.length - 3 ? paren : Math.ceil(name.length / 2);
  return `${name.slice(0, cut)}\n${name.slice(cut)}`;
}

function t01(wb: ExcelJS.Workbook, data: SampleData): void {
  const w = new SheetWriter(wb.addWorksheet('收入支出决算总表'), '万元');
  w.widths([34, 16, 34, 16]);
  header(w, 1, TITLES.T01, data, 4);
  w.merged(3, 1, 3, 2, '收入', { bold: true });
  w.merged(3, 3, 3, 4, '支出', { bold: true });
  ['项目', '决算数', '项目', '决算数'].forEach((t, i) => w.text(4, i + 1, t, { bold: true, align: 'center' }));
  const lines = classLines();
  const first = 5;
  T01_INCOME_LINES.forEach(([label, key], i) => {
    w.text(first + i, 1, i === 0 ? '一、一般公共预算财政\n拨款收入' : label);
    w.amount(first + i, 2, dec(data.t01, key), 'zero');
  });
  lines.forEach((l, i) => {
    w.text(first + i, 3, l.label);
    w.amount(first + i, 4, l.code ? dec(data.t01Classes, l.code) : undefined);
  });
  const body = Math.max(lines.length, T01_INCOME_LINES.length);
  T01_FOOT_LINES.forEach(([l, lk, r, rk], i) => {
    const row = first + body + i;
    w.text(row, 1, l, { bold: i === 0 || i === 3 });
    w.amount(row, 2, dec(data.t01, lk), 'zero');
    w.text(row, 3, r, { bold: i === 0 || i === 3 });
    w.amount(row, 4, dec(data.t01, rk), 'zero');
  });
  w.box(3, 1, first + body + 3, 4);
  note(w, first + body + 4, 4, NOTES.T01);
}

function t04(wb: ExcelJS.Workbook, data: SampleData): void {
  const w = new SheetWriter(wb.addWorksheet('财政拨款收支总表'), '万元');
  w.widths([30, 14, 30, 14, 16, 16, 16]);
  header(w, 1, TITLES.T04, data, 7);
  w.merged(3, 1, 3, 2, '收入', { bold: true });
  w.merged(3, 3, 3, 7, '支出', { bold: true });
  w.merged(4, 1, 5, 1, '项目', { bold: true });
  w.merged(4, 2, 5, 2, '决算数', { bold: true });
  w.merged(4, 3, 5, 3, '项目', { bold: true });
  w.merged(4, 4, 4, 7, '决算数', { bold: true });
  ['合计', '一般公共预算\n财政拨款', '政府性基金预算\n财政拨款', '国有资本经营\n预算财政拨款'].forEach((t, i) =>
    w.text(5, 4 + i, t, { bold: true, align: 'center' }),
  );
  // Only the 类 lines with money are listed here (some exports hide empty lines).
  const lines = classLines().filter((l) => l.code && data.t04Classes[l.code]);
  const first = 6;
  T04_INCOME_LINES.forEach(([label, key], i) => {
    w.text(first + i, 1, label);
    w.amount(first + i, 2, dec(data.t04, key), 'zero');
  });
  lines.forEach((l, i) => {
    w.text(first + i, 3, l.label);
    T04_COLS.forEach((c, j) => w.amount(first + i, 4 + j, dec(data.t04Classes[l.code!], c)));
  });
  const r0 = first + Math.max(lines.length, T04_INCOME_LINES.length);
  w.text(r0, 1, '本年收入合计', { bold: true });
  w.amount(r0, 2, dec(data.t04, 'income.total'), 'zero');
  w.text(r0, 3, '本年支出合计', { bold: true });
  T04_COLS.forEach((c, j) => w.amount(r0, 4 + j, dec(data.t04, `expense.total.${c}`), 'zero'));
  w.text(r0 + 1, 1, '年初财政拨款结转和结余');
  w.amount(r0 + 1, 2, dec(data.t04, 'carryIn.total'), 'zero');
  w.text(r0 + 1, 3, '年末财政拨款结转和结余');
  T04_COLS.forEach((c, j) => w.amount(r0 + 1, 4 + j, dec(data.t04, `carryOut.${c}`), 'zero'));
  (
    [
      ['  一般公共预算财政拨款', 'carryIn.general'],
      ['  政府性基金预算财政拨款', 'carryIn.fund'],
      ['  国有资本经营预算财政拨款', 'carryIn.soe'],
    ] as const
  ).forEach(([label, key], i) => {
    w.text(r0 + 2 + i, 1, label);
    w.amount(r0 + 2 + i, 2, dec(data.t04, key), 'zero');
  });
  w.text(r0 + 5, 1, '总计', { bold: true });
  w.amount(r0 + 5, 2, dec(data.t04, 'income.grand'), 'zero');
  w.text(r0 + 5, 3, '总计', { bold: true });
  T04_COLS.forEach((c, j) => w.amount(r0 + 5, 4 + j, dec(data.t04, `expense.grand.${c}`), 'zero'));
  w.box(3, 1, r0 + 5, 7);
  note(w, r0 + 6, 7, NOTES.T04);
}

/** Table 06 as one vertical list: 科目编码 | 科目名称 | 决算数, 人员经费合计 and 公用经费合计 at the bottom. */
function t06(wb: ExcelJS.Workbook, data: SampleData): void {
  const w = new SheetWriter(wb.addWorksheet('基本支出明细表'), '万元');
  w.widths([12, 34, 16]);
  header(w, 1, '一般公共预算财政拨款基本支出决算表', data, 3);
  ['科目编码', '科目名称', '决算数'].forEach((t, i) => w.text(3, i + 1, t, { bold: true, align: 'center' }));
  const names = new Map(ECONOMIC_SUBJECTS.map((s) => [s.code, s.name]));
  let row = 3;
  for (const r of economicTree(data.t06, ['301', '303', '302', '310'])) {
    const name = names.get(r.code);
    if (!name) throw new Error(`经济分类 ${r.code} not in catalogue`);
    row++;
    w.text(row, 1, r.code);
    w.text(row, 2, r.level === 1 ? name : wrapName(name), { bold: r.level === 1 });
    w.amount(row, 3, r.amount, 'zero');
  }
  w.merged(row + 1, 1, row + 1, 2, '人员经费合计', { bold: true });
  w.amount(row + 1, 3, Dec.from(data.t06Totals.personnelTotal), 'zero');
  w.merged(row + 2, 1, row + 2, 2, '公用经费合计', { bold: true });
  w.amount(row + 2, 3, Dec.from(data.t06Totals.publicTotal), 'zero');
  w.box(3, 1, row + 2, 3);
  note(w, row + 3, 3, NOTES.T06);
}

/** Table 07: 预算数 block then 决算数 block, each 合计 | 出国 | 车 {小计, 购置, 运行} | 接待. */
function t07(wb: ExcelJS.Workbook, data: SampleData): void {
  const w = new SheetWriter(wb.addWorksheet('三公经费表'), '万元');
  w.widths(Array(12).fill(13));
  header(w, 1, TITLES.T07, data, 12);
  const parts = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];
  (['budget', 'actual'] as const).forEach((side, s) => {
    const c0 = 1 + 6 * s;
    w.merged(3, c0, 3, c0 + 5, side === 'budget' ? '预算数' : '决算数', { bold: true });
    w.merged(4, c0, 5, c0, '合计', { bold: true });
    w.merged(4, c0 + 1, 5, c0 + 1, '因公出国\n（境）费', { bold: true });
    w.merged(4, c0 + 2, 4, c0 + 4, '公务用车购置及运行维护费', { bold: true });
    w.text(5, c0 + 2, '小计', { bold: true, align: 'center' });
    w.text(5, c0 + 3, '公务用车\n购置费', { bold: true, align: 'center' });
    w.text(5, c0 + 4, '公务用车\n运行维护费', { bold: true, align: 'center' });
    w.merged(4, c0 + 5, 5, c0 + 5, '公务接待费', { bold: true });
    parts.forEach((p, i) => w.amount(6, c0 + i, dec(data.t07, `${side}.${p}`), 'zero'));
  });
  w.box(3, 1, 6, 12);
  note(w, 7, 12, NOTES.T07);
}

const FUND: readonly Col[] = [
  { key: 'carryIn', header: '年初结转和结余' },
  { key: 'income', header: '本年收入' },
  { key: 'expTotal', header: '合计', group: '本年支出' },
  { key: 'expBasic', header: '基本支出', group: '本年支出' },
  { key: 'expProject', header: '项目支出', group: '本年支出' },
  { key: 'carryOut', header: '年末结转和结余' },
];

export const JDFW_LAYOUT_NOTES = [
  '版式：另一种常见导出格式——工作表用中文表名且顺序不同（政府性基金表与国有资本经营表在同一工作表上下排列），“编制单位：”行，金额单位万元。',
  '科目编码分“类｜款｜项”三列（如 201｜03｜01），科目名称在第四列，部分名称在单元格内换行；无行次、栏次；支出决算表中有一空行。',
  '部分零值写为0.00而非留空；基本支出明细表为单列竖排，底部为人员经费合计、公用经费合计。',
  '舍位差异：人员经费60.53 + 公用经费129.16 = 189.69，基本支出为189.68，按原文公布数保留（各自为四舍五入后的数）。',
];

export function buildJdfw(wb: ExcelJS.Workbook, data: SampleData): void {
  checkClassesOnForm(data);
  t04(wb, data);
  t01(wb, data);
  {
    const w = new SheetWriter(wb.addWorksheet('支出决算表'), '万元');
    w.widths([7, 6, 6, 30, 14, 14, 14, 14, 14, 14]);
    subjects(
      w,
      data,
      1,
      TITLES.T03,
      [
        { key: 'total', header: '本年支出\n合计' },
        { key: 'basic', header: '基本支出' },
        { key: 'project', header: '项目支出' },
        { key: 'toSuperior', header: '上缴上级\n支出' },
        { key: 'operating', header: '经营支出' },
        { key: 'toAffiliated', header: '对附属单位\n补助支出' },
      ],
      data.t03,
      { zero: { project: 'zero' }, blankAfterClass: '201', notes: [NOTES.T03] },
    );
  }
  {
    const w = new SheetWriter(wb.addWorksheet('收入决算表'), '万元');
    w.widths([7, 6, 6, 30, 14, 14, 14, 14, 14, 14, 14]);
    subjects(
      w,
      data,
      1,
      TITLES.T02,
      [
        { key: 'total', header: '本年收入\n合计' },
        { key: 'fiscal', header: '财政拨款\n收入' },
        { key: 'superior', header: '上级补助\n收入' },
        { key: 'business', header: '事业收入' },
        { key: 'operating', header: '经营收入' },
        { key: 'affiliated', header: '附属单位\n上缴收入' },
        { key: 'other', header: '其他收入' },
      ],
      data.t02,
      { notes: [NOTES.T02] },
    );
  }
  {
    const w = new SheetWriter(wb.addWorksheet('一般公共预算支出表'), '万元');
    w.widths([7, 6, 6, 34, 14, 14, 14]);
    subjects(
      w,
      data,
      1,
      TITLES.T05,
      [
        { key: 'total', header: '合计', group: '本年支出' },
        { key: 'basic', header: '基本支出', group: '本年支出' },
        { key: 'project', header: '项目支出', group: '本年支出' },
      ],
      data.t05,
      { zero: { project: 'zero' }, notes: [NOTES.T05] },
    );
  }
  t06(wb, data);
  t07(wb, data);
  {
    const w = new SheetWriter(wb.addWorksheet('政府性基金及国资表'), '万元');
    w.widths([7, 6, 6, 30, 14, 14, 14, 14, 14, 14]);
    const empty8 = data.t08.length === 0;
    const end8 = subjects(w, data, 1, TITLES.T08, FUND, data.t08, {
      notes: empty8 ? ['注：本单位2021年度无政府性基金预算财政拨款收支。'] : [NOTES.T08],
    });
    const empty9 = data.t09.length === 0;
    subjects(w, data, end8 + 3, '国有资本经营预算财政拨款收入支出决算表', FUND, data.t09, {
      notes: empty9 ? ['注：本单位2021年度无国有资本经营预算财政拨款收支。'] : [NOTES.T09],
    });
  }
}
