import { T01_FOOT_LINES } from '../../core/profiles/tables';
import type ExcelJS from 'exceljs';
import { ECONOMIC_SUBJECTS, T01_CLASS_LINES } from '../../core/catalogue';
import { T01_INCOME_KEYS as T01_INCOME } from '../../core/checks/rules/t01-income-total';
import type { Consolidation, SumRow, SumTable } from '../../core/consolidate';
import type { TableId } from '../../core/model/types';
import { normName } from '../../core/prior/subjects';
import { TABLE_DEFS, fieldName } from '../../core/profiles/tables';
import { Writer, ordinal } from './sheet';

/**
 * The nine tables of a consolidated department in the national export layout (公开01表 … 公开09表: title, 表号,
 * 部门 / 金额单位 line, merged group headers, 栏次 row, 科目编码 | 科目名称 columns) — the layout the mapper reads
 * in every test. 科目 rows are the union of the units' rows in code order; every amount is the exact sum.
 */

interface Ctx {
  readonly wb: ExcelJS.Workbook;
  readonly sum: Consolidation;
  readonly name: string;
}

const UNIT_TEXT = { 元: '元', 千元: '千元', 万元: '万元' } as const;

function sheetFor(c: Ctx, id: TableId, width: number): Writer {
  const n = Number(id.slice(1));
  const tag = `公开${String(n).padStart(2, '0')}表`;
  const w = new Writer(c.wb.addWorksheet(tag), c.sum.outputUnit);
  const year = c.sum.year ? `${c.sum.year}年度` : '';
  w.merged(1, 1, 1, width, `${year}${TABLE_DEFS[id].title}`);
  w.text(2, width, tag);
  w.text(3, 1, `部门：${c.name}`);
  w.text(3, width, `金额单位：${UNIT_TEXT[c.sum.outputUnit]}`);
  return w;
}

/** Form lines of tables 01/04 (T01_CLASS_LINES), then any 类 of the units not on the form, each with its sum row. */
function classLines(t: SumTable | undefined): { label: string; row?: SumRow }[] {
  const rows = t?.rows.filter((r) => r.level === 1) ?? [];
  const used = new Set<SumRow>();
  const pick = (code: string | undefined, name: string) => {
    const r = rows.find((x) => (code ? x.code === code : normName(x.name) === normName(name)));
    if (r) used.add(r);
    return r;
  };
  const out = T01_CLASS_LINES.map((l) => ({ name: l.name, row: pick(l.code, l.name) }));
  for (const r of rows) if (!used.has(r)) out.push({ name: r.name, row: r });
  return out.map((l, i) => ({ label: `${ordinal(i + 1)}、${normName(l.name)}`, row: l.row }));
}

function t01(c: Ctx): void {
  const t = c.sum.tables.T01;
  const w = sheetFor(c, 'T01', 6);
  w.widths([34, 6, 18, 34, 6, 18]);
  w.merged(4, 1, 4, 3, '收入');
  w.merged(4, 4, 4, 6, '支出');
  ['项目', '行次', '金额', '项目', '行次', '金额'].forEach((h, i) => w.text(5, i + 1, h, { bold: true, center: true }));
  ['栏次', '', '1', '栏次', '', '2'].forEach((h, i) => h && w.text(6, i + 1, h, { center: true }));
  const lines = classLines(t);
  const body = Math.max(lines.length, T01_INCOME.length);
  const first = 7;
  for (let i = 0; i < body + 4; i++) {
    w.text(first + i, 2, i + 1, { center: true });
    w.text(first + i, 5, body + 4 + i + 1, { center: true });
  }
  T01_INCOME.forEach((key, i) => {
    w.text(first + i, 1, `${ordinal(i + 1)}、${fieldName('T01', key)}`);
    w.amount(first + i, 3, t?.items[key]);
  });
  lines.forEach((l, i) => {
    w.text(first + i, 4, l.label);
    w.amount(first + i, 6, l.row?.values.amount);
  });
  T01_FOOT_LINES.forEach(([l, lk, r, rk], i) => {
    const row = first + body + i;
    w.text(row, 1, l, { bold: i === 0 || i === 3 });
    w.amount(row, 3, t?.items[lk]);
    w.text(row, 4, r, { bold: i === 0 || i === 3 });
    w.amount(row, 6, t?.items[rk]);
  });
  w.box(4, 1, first + body + T01_FOOT_LINES.length - 1, 6);
}

const T04_COLS = ['total', 'general', 'fund', 'soe'];

function t04(c: Ctx): void {
  const t = c.sum.tables.T04;
  const w = sheetFor(c, 'T04', 9);
  w.widths([30, 6, 16, 34, 6, 16, 16, 16, 16]);
  w.merged(4, 1, 4, 3, '收入');
  w.merged(4, 4, 4, 9, '支出');
  ['项目', '行次', '金额', '项目', '行次'].forEach((h, i) => w.merged(5, i + 1, 6, i + 1, h));
  w.merged(5, 6, 5, 9, '决算数');
  ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'].forEach((h, i) =>
    w.text(6, 6 + i, h, { bold: true, center: true }),
  );
  ['栏次', '', '1', '栏次', '', '2', '3', '4', '5'].forEach((h, i) => h && w.text(7, i + 1, h, { center: true }));
  const lines = classLines(t);
  const first = 8;
  const body = lines.length;
  const rows = body + 6;
  for (let i = 0; i < rows; i++) {
    w.text(first + i, 2, i + 1, { center: true });
    w.text(first + i, 5, rows + i + 1, { center: true });
  }
  [
    ['一、一般公共预算财政拨款', 'income.general'],
    ['二、政府性基金预算财政拨款', 'income.fund'],
    ['三、国有资本经营预算财政拨款', 'income.soe'],
  ].forEach(([label, key], i) => {
    w.text(first + i, 1, label);
    w.amount(first + i, 3, t?.items[key]);
  });
  lines.forEach((l, i) => {
    w.text(first + i, 4, l.label);
    T04_COLS.forEach((col, j) => w.amount(first + i, 6 + j, l.row?.values[col]));
  });
  const r0 = first + body;
  w.text(r0, 1, '本年收入合计', { bold: true });
  w.amount(r0, 3, t?.items['income.total']);
  w.text(r0, 4, '本年支出合计', { bold: true });
  T04_COLS.forEach((col, j) => w.amount(r0, 6 + j, t?.items[`expense.total.${col}`]));
  w.text(r0 + 1, 1, '年初财政拨款结转和结余');
  w.amount(r0 + 1, 3, t?.items['carryIn.total']);
  w.text(r0 + 1, 4, '年末财政拨款结转和结余');
  T04_COLS.forEach((col, j) => w.amount(r0 + 1, 6 + j, t?.items[`carryOut.${col}`]));
  [
    ['一般公共预算财政拨款', 'carryIn.general'],
    ['政府性基金预算财政拨款', 'carryIn.fund'],
    ['国有资本经营预算财政拨款', 'carryIn.soe'],
  ].forEach(([label, key], i) => {
    w.text(r0 + 2 + i, 1, label);
    w.amount(r0 + 2 + i, 3, t?.items[key]);
  });
  w.text(r0 + 5, 1, '总计', { bold: true });
  w.amount(r0 + 5, 3, t?.items['income.grand']);
  w.text(r0 + 5, 4, '总计', { bold: true });
  T04_COLS.forEach((col, j) => w.amount(r0 + 5, 6 + j, t?.items[`expense.grand.${col}`]));
  w.box(4, 1, r0 + 5, 9);
}

interface Col {
  readonly key: string;
  readonly header: string;
  readonly group?: string;
}

const SUBJECT_COLS: Partial<Record<TableId, readonly Col[]>> = {
  T02: TABLE_DEFS.T02.columns.map((c) => ({ key: c.key, header: c.name })),
  T03: TABLE_DEFS.T03.columns.map((c) => ({ key: c.key, header: c.name })),
  T05: [
    { key: 'total', header: '小计', group: '本年支出' },
    { key: 'basic', header: '基本支出', group: '本年支出' },
    { key: 'project', header: '项目支出', group: '本年支出' },
  ],
  T08: fundCols(),
  T09: fundCols(),
};

function fundCols(): Col[] {
  return [
    { key: 'carryIn', header: '年初结转和结余' },
    { key: 'income', header: '本年收入' },
    { key: 'expTotal', header: '合计', group: '本年支出' },
    { key: 'expBasic', header: '基本支出', group: '本年支出' },
    { key: 'expProject', header: '项目支出', group: '本年支出' },
    { key: 'carryOut', header: '年末结转和结余' },
  ];
}

const EMPTY_NOTE: Partial<Record<TableId, string>> = {
  T08: '注：本单位无政府性基金预算财政拨款收支，故本表无数据。',
  T09: '注：本单位无国有资本经营预算财政拨款收支，故本表无数据。',
};

function subjects(c: Ctx, id: TableId): void {
  const t = c.sum.tables[id];
  const cols = SUBJECT_COLS[id]!;
  const width = 2 + cols.length;
  const w = sheetFor(c, id, width);
  w.widths([12, 40, ...cols.map(() => 16)]);
  w.merged(4, 1, 4, 2, '项目');
  w.text(5, 1, '科目编码', { bold: true, center: true });
  w.text(5, 2, '科目名称', { bold: true, center: true });
  for (let i = 0; i < cols.length;) {
    const col = cols[i];
    if (!col.group) {
      w.merged(4, 3 + i, 5, 3 + i, col.header);
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < cols.length && cols[j + 1].group === col.group) j++;
    w.merged(4, 3 + i, 4, 3 + j, col.group);
    for (let k = i; k <= j; k++) w.text(5, 3 + k, cols[k].header, { bold: true, center: true });
    i = j + 1;
  }
  w.merged(6, 1, 6, 2, '栏次', false);
  cols.forEach((_, i) => w.text(6, 3 + i, String(i + 1), { center: true }));
  w.merged(7, 1, 7, 2, '合计');
  cols.forEach((col, i) => w.amount(7, 3 + i, t?.totalRow?.[col.key]));
  const rows = t?.rows ?? [];
  rows.forEach((r, idx) => {
    w.text(8 + idx, 1, r.code);
    w.text(8 + idx, 2, r.name);
    cols.forEach((col, i) => w.amount(8 + idx, 3 + i, r.values[col.key]));
  });
  const last = 7 + rows.length;
  w.box(4, 1, last, width);
  const note = rows.length ? undefined : EMPTY_NOTE[id];
  if (note) {
    w.merged(last + 1, 1, last + 1, width, note, false);
  }
}

/** Table 06: 人员经费 (301, 303) | 公用经费 (302) | 公用经费 (310), every 款 of the catalogue and any other the units have. */
function t06(c: Ctx): void {
  const t = c.sum.tables.T06;
  const w = sheetFor(c, 'T06', 9);
  w.widths([10, 26, 16, 10, 26, 16, 10, 26, 16]);
  w.merged(4, 1, 4, 3, '人员经费');
  w.merged(4, 4, 4, 9, '公用经费');
  for (let g = 0; g < 3; g++)
    ['科目编码', '科目名称', '决算数'].forEach((h, i) => w.text(5, g * 3 + i + 1, h, { bold: true, center: true }));
  const byCode = new Map((t?.rows ?? []).map((r) => [r.code, r]));
  const groups = [['301', '303'], ['302'], ['310']].map((classes) => {
    const codes = new Map<string, string>();
    for (const s of ECONOMIC_SUBJECTS) if (classes.includes(s.code.slice(0, 3))) codes.set(s.code, s.name);
    for (const r of t?.rows ?? [])
      if (classes.includes(r.code.slice(0, 3)) && !codes.has(r.code)) codes.set(r.code, r.name);
    return [...codes].sort(
      ([a], [b]) => classes.indexOf(a.slice(0, 3)) - classes.indexOf(b.slice(0, 3)) || (a < b ? -1 : a > b ? 1 : 0),
    );
  });
  const body = Math.max(...groups.map((g) => g.length));
  groups.forEach((g, gi) =>
    g.forEach(([code, name], i) => {
      w.text(6 + i, gi * 3 + 1, code);
      w.text(6 + i, gi * 3 + 2, byCode.get(code)?.name ?? name, { bold: code.length === 3 });
      w.amount(6 + i, gi * 3 + 3, byCode.get(code)?.values.amount);
    }),
  );
  const foot = 6 + body;
  w.merged(foot, 1, foot, 2, '人员经费合计');
  w.amount(foot, 3, t?.items.personnelTotal);
  w.merged(foot, 4, foot, 8, '公用经费合计');
  w.amount(foot, 9, t?.items.publicTotal);
  w.box(4, 1, foot, 9);
}

/** Table 07: one data row, 预算数 / 决算数 under merged headers. */
function t07(c: Ctx): void {
  const t = c.sum.tables.T07;
  const w = sheetFor(c, 'T07', 13);
  w.widths([10, ...Array(12).fill(13)]);
  w.merged(4, 1, 6, 1, '项目');
  w.merged(4, 2, 5, 3, '合计');
  w.merged(4, 4, 5, 5, '因公出国（境）费');
  w.merged(4, 6, 4, 11, '公务用车购置及运行维护费');
  w.merged(5, 6, 5, 7, '小计');
  w.merged(5, 8, 5, 9, '公务用车购置费');
  w.merged(5, 10, 5, 11, '公务用车运行维护费');
  w.merged(4, 12, 5, 13, '公务接待费');
  const parts = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];
  parts.forEach((_, i) => {
    w.text(6, 2 + 2 * i, '预算数', { bold: true, center: true });
    w.text(6, 3 + 2 * i, '决算数', { bold: true, center: true });
  });
  w.text(7, 1, '栏次', { center: true });
  for (let i = 1; i <= 12; i++) w.text(7, 1 + i, String(i), { center: true });
  w.text(8, 1, '金额', { center: true });
  parts.forEach((p, i) => {
    w.amount(8, 2 + 2 * i, t?.items[`budget.${p}`]);
    w.amount(8, 3 + 2 * i, t?.items[`actual.${p}`]);
  });
  w.box(4, 1, 8, 13);
}

export function writeTables(wb: ExcelJS.Workbook, sum: Consolidation, name: string): void {
  const c: Ctx = { wb, sum, name };
  t01(c);
  subjects(c, 'T02');
  subjects(c, 'T03');
  t04(c);
  subjects(c, 'T05');
  t06(c);
  t07(c);
  subjects(c, 'T08');
  subjects(c, 'T09');
}
