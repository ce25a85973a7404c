/**
 * The nine tables as published (Shanghai 2024 template 第二部分; the national export's layouts): 公开01/04表 in their
 * paired 收入 | 支出 columns, 02/03/05 and 08/09 by 科目编码 + 科目名称 with the template's columns, 06 in its two
 * economic-classification blocks (人员经费 | 公用经费), 07 with its two-level 预算数/决算数 header. Amounts in 万元 with
 * 2 decimals (四舍五入, as the model keeps them exactly); a blank cell stays blank; 科目 rows without any amount are
 * left out, as published documents do. Labels are the standard names, never the model's keys.
 */
import { normaliseSubjectName } from '../catalogue';
import { ECONOMIC_GROUPS } from '../catalogue/economic';
import type { Figure, ProfileId, SubjectRow, TableId, TableModel } from '../model/types';
import { fieldName } from '../profiles/tables';
import { emptyTableNote, tableNote } from './table-notes';
import { plain, type Inline, type PrintedCell, type PrintedTable } from './types';

type Row = PrintedCell[];

const c = (text: string, o: Omit<PrintedCell, 'text'> = {}): PrintedCell => ({ text, ...o });
const head = (text: string, o: Omit<PrintedCell, 'text'> = {}): PrintedCell => ({
  text,
  align: 'center',
  bold: true,
  ...o,
});

/** An amount cell: 2 decimals, blank when the workbook cell is blank, a visible gap when it could not be read. */
export function amountCell(f: Figure | undefined, bold = false): PrintedCell {
  if (!f || f.state === 'blank') return c('', { align: 'right' });
  if (f.state === 'invalid') return c('【无法读取】', { align: 'right', gap: true });
  return c(f.value.toFixed(2), { align: 'right', bold });
}

const hasAmount = (f: Figure | undefined) => !!f && (f.state === 'invalid' || !f.value.isZero());
const rowHasAmount = (r: SubjectRow) => Object.values(r.values).some(hasAmount);

function subjectName(r: SubjectRow): PrintedCell {
  return c(normaliseSubjectName(r.name), { indent: r.level - 1 });
}

export interface TableContext {
  readonly profile: ProfileId;
  readonly unitName?: string;
  readonly tag: string;
  readonly title: string;
}

function frame(
  ctx: TableContext,
  id: TableId,
  widths: number[],
  header: Row[],
  body: Row[],
  extraNotes: Inline[][] = [],
): PrintedTable {
  const note = tableNote(ctx.profile, id);
  return {
    tag: ctx.tag,
    title: ctx.title,
    unitLine: '金额单位：万元',
    widths,
    header,
    body,
    notes: [...(note ? [[plain(note)]] : []), ...extraNotes],
    landscape: widths.length > 6,
  };
}

/** Pairs two lists of rows side by side, padding the shorter one with empty cells. */
function pair(left: Row[], right: Row[], leftCols: number, rightCols: number): Row[] {
  const n = Math.max(left.length, right.length);
  const pad = (k: number) => Array.from({ length: k }, () => c(''));
  return Array.from({ length: n }, (_, i) => [...(left[i] ?? pad(leftCols)), ...(right[i] ?? pad(rightCols))]);
}

const INCOME_T01: [string, string][] = [
  ['income.fiscalGeneral', '一、一般公共预算财政拨款收入'],
  ['income.fiscalFund', '二、政府性基金预算财政拨款收入'],
  ['income.fiscalSoe', '三、国有资本经营预算财政拨款收入'],
  ['income.superior', '四、上级补助收入'],
  ['income.business', '五、事业收入'],
  ['income.operating', '六、经营收入'],
  ['income.affiliated', '七、附属单位上缴收入'],
  ['income.other', '八、其他收入'],
];

/** 公开01表 收入支出决算总表: 收入 | 支出, each 项目 + 决算数. */
function t01(ctx: TableContext, t: TableModel): PrintedTable {
  const item = (k: string) => t.items[k];
  const left = INCOME_T01.map(([k, name]) => [c(name), amountCell(item(k))]);
  const right = t.rows.filter(rowHasAmount).map((r) => [c(normaliseSubjectName(r.name)), amountCell(r.values.amount)]);
  const foot: [string, string, string, string][] = [
    ['本年收入合计', 'income.total', '本年支出合计', 'expense.total'],
    ['使用非财政拨款结余', 'income.useNonFiscalBalance', '结余分配', 'expense.surplusDistribution'],
    ['年初结转和结余', 'income.carryIn', '年末结转和结余', 'expense.carryOut'],
    ['总计', 'income.grand', '总计', 'expense.grand'],
  ];
  const footer = foot.map(([ln, lk, rn, rk], i) => {
    const bold = i === 0 || i === 3;
    return [
      c(ln, { align: bold ? 'center' : 'left', bold }),
      amountCell(item(lk), bold),
      c(rn, { align: bold ? 'center' : 'left', bold }),
      amountCell(item(rk), bold),
    ];
  });
  return frame(
    ctx,
    'T01',
    [34, 14, 34, 14],
    [
      [head('收入', { colSpan: 2 }), head('支出', { colSpan: 2 })],
      [head('项目'), head('决算数'), head('项目'), head('决算数')],
    ],
    [...pair(left, right, 2, 2), ...footer],
  );
}

const T04_COLS = ['total', 'general', 'fund', 'soe'];

/** 公开04表 财政拨款收入支出决算总表: 收入 项目 + 决算数 | 支出 项目 + 合计 / 一般公共预算 / 政府性基金 / 国有资本经营. */
function t04(ctx: TableContext, t: TableModel): PrintedTable {
  const item = (k: string) => t.items[k];
  // A mapper may keep 合计 under the bare key (expense.total) rather than expense.total.total.
  const col = (base: string, k: string) => item(`${base}.${k}`) ?? (k === 'total' ? item(base) : undefined);
  const four = (base: string, bold = false) => T04_COLS.map((k) => amountCell(col(base, k), bold));
  const left = [
    [c('一、一般公共预算财政拨款'), amountCell(item('income.general'))],
    [c('二、政府性基金预算财政拨款'), amountCell(item('income.fund'))],
    [c('三、国有资本经营预算财政拨款'), amountCell(item('income.soe'))],
  ];
  const right = t.rows
    .filter(rowHasAmount)
    .map((r) => [c(normaliseSubjectName(r.name)), ...T04_COLS.map((k) => amountCell(r.values[k]))]);
  const blank5 = () => Array.from({ length: 5 }, () => c(''));
  const footer: Row[] = [
    [
      c('本年收入合计', { align: 'center', bold: true }),
      amountCell(item('income.total'), true),
      c('本年支出合计', { align: 'center', bold: true }),
      ...four('expense.total', true),
    ],
    [
      c('年初财政拨款结转和结余'),
      amountCell(item('carryIn.total') ?? item('carryIn')),
      c('年末财政拨款结转和结余'),
      ...four('carryOut'),
    ],
    [c('一、一般公共预算财政拨款'), amountCell(item('carryIn.general')), ...blank5()],
    [c('二、政府性基金预算财政拨款'), amountCell(item('carryIn.fund')), ...blank5()],
    [c('三、国有资本经营预算财政拨款'), amountCell(item('carryIn.soe')), ...blank5()],
    [
      c('总计', { align: 'center', bold: true }),
      amountCell(item('income.grand'), true),
      c('总计', { align: 'center', bold: true }),
      ...four('expense.grand', true),
    ],
  ];
  return frame(
    ctx,
    'T04',
    [30, 12, 30, 12, 12, 12, 12],
    [
      [head('收入', { colSpan: 2 }), head('支出', { colSpan: 5 })],
      [
        head('项目'),
        head('决算数'),
        head('项目'),
        head('合计'),
        head('一般公共预算财政拨款'),
        head('政府性基金预算财政拨款'),
        head('国有资本经营预算财政拨款'),
      ],
    ],
    [...pair(left, right, 2, 5), ...footer],
  );
}

/** Header of a 科目 table: 项目 over 功能分类科目编码 | 科目名称, then the value columns (two header rows). */
function subjectHeader(cols: string[]): Row[] {
  return [
    [head('项目', { colSpan: 2 }), ...cols.map((name) => head(name, { rowSpan: 2 }))],
    [head('功能分类科目编码'), head('科目名称')],
  ];
}

function subjectBody(t: TableModel, cols: readonly string[], totalLast: boolean): Row[] {
  const total: Row = [
    c('合计', { colSpan: 2, align: 'center', bold: true }),
    ...cols.map((k) => amountCell(t.totalRow?.[k], true)),
  ];
  const rows = t.rows
    .filter(rowHasAmount)
    .map((r) => [c(r.code), subjectName(r), ...cols.map((k) => amountCell(r.values[k]))]);
  return totalLast ? [...rows, total] : [total, ...rows];
}

const SUBJECT_COLUMNS: Partial<Record<TableId, string[]>> = {
  T02: ['total', 'fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'],
  T03: ['total', 'basic', 'project', 'toSuperior', 'operating', 'toAffiliated'],
  T05: ['total', 'basic', 'project'],
};

/** 公开02/03/05表. The Shanghai template prints 公开05表's 合计 last; the others print it first. */
function subjects(ctx: TableContext, t: TableModel): PrintedTable {
  const cols = SUBJECT_COLUMNS[t.id] ?? [...t.columns];
  const totalLast = ctx.profile === 'shanghai-2024' && t.id === 'T05';
  const names = cols.map((k) => (k === 'total' && t.id === 'T05' ? '合计' : fieldName(t.id, k)));
  return frame(ctx, t.id, [12, 30, ...cols.map(() => 12)], subjectHeader(names), subjectBody(t, cols, totalLast));
}

/** 公开08/09表: 年初结转和结余 | 本年收入 | 本年支出 (合计 基本支出 项目支出) | 年末结转和结余. */
function fundTable(ctx: TableContext, t: TableModel): PrintedTable {
  const cols = ['carryIn', 'income', 'expTotal', 'expBasic', 'expProject', 'carryOut'];
  const header: Row[] = [
    [
      head('项目', { colSpan: 2 }),
      head('年初结转和结余', { rowSpan: 2 }),
      head('本年收入', { rowSpan: 2 }),
      head('本年支出', { colSpan: 3 }),
      head('年末结转和结余', { rowSpan: 2 }),
    ],
    [head('功能分类科目编码'), head('科目名称'), head('合计'), head('基本支出'), head('项目支出')],
  ];
  const empty = !t.rows.some(rowHasAmount) && !Object.values(t.totalRow ?? {}).some(hasAmount);
  const note = empty ? emptyTableNote(ctx.profile, t.id, ctx.unitName) : undefined;
  return frame(
    ctx,
    t.id,
    [12, 30, 12, 12, 12, 12, 12, 12],
    header,
    subjectBody(t, cols, false),
    note ? [[plain(note)]] : [],
  );
}

/** 公开06表: two blocks side by side, 人员经费 (301, 303) | 公用经费 (302, 310 and any other 类). */
function t06(ctx: TableContext, t: TableModel): PrintedTable {
  const rows = t.rows.filter(rowHasAmount);
  const group = (r: SubjectRow) => ECONOMIC_GROUPS[r.code.slice(0, 3)] ?? '公用经费';
  const line = (r: SubjectRow): Row => [c(r.code), subjectName(r), amountCell(r.values.amount)];
  const left = rows.filter((r) => group(r) === '人员经费').map(line);
  const right = rows.filter((r) => group(r) === '公用经费').map(line);
  const footer: Row = [
    c('人员经费合计', { colSpan: 2, align: 'center', bold: true }),
    amountCell(t.items.personnelTotal, true),
    c('公用经费合计', { colSpan: 2, align: 'center', bold: true }),
    amountCell(t.items.publicTotal, true),
  ];
  return frame(
    ctx,
    'T06',
    [10, 26, 14, 10, 26, 14],
    [
      [
        head('经济分类科目编码'),
        head('科目名称'),
        head('决算数'),
        head('经济分类科目编码'),
        head('科目名称'),
        head('决算数'),
      ],
    ],
    [...pair(left, right, 3, 3), footer],
  );
}

/** 公开07表: 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 (小计 购置费 运行维护费) | 公务接待费, each 预算数 + 决算数. */
function t07(ctx: TableContext, t: TableModel): PrintedTable {
  const parts = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];
  const header: Row[] = [
    [
      head('合计', { colSpan: 2, rowSpan: 2 }),
      head('因公出国（境）费', { colSpan: 2, rowSpan: 2 }),
      head('公务用车购置及运行维护费', { colSpan: 6 }),
      head('公务接待费', { colSpan: 2, rowSpan: 2 }),
    ],
    [head('小计', { colSpan: 2 }), head('公务用车购置费', { colSpan: 2 }), head('公务用车运行维护费', { colSpan: 2 })],
    parts.flatMap(() => [head('预算数'), head('决算数')]),
  ];
  const body: Row[] = [parts.flatMap((p) => [amountCell(t.items[`budget.${p}`]), amountCell(t.items[`actual.${p}`])])];
  return frame(
    ctx,
    'T07',
    parts.flatMap(() => [10, 10]),
    header,
    body,
  );
}

export function printedTable(ctx: TableContext, t: TableModel): PrintedTable {
  switch (t.id) {
    case 'T01':
      return t01(ctx, t);
    case 'T04':
      return t04(ctx, t);
    case 'T06':
      return t06(ctx, t);
    case 'T07':
      return t07(ctx, t);
    case 'T08':
    case 'T09':
      return fundTable(ctx, t);
    default:
      return subjects(ctx, t);
  }
}

/** A table the workbook does not have: its title and unit line, and a visible note instead of rows. */
export function missingTable(ctx: TableContext): PrintedTable {
  return {
    tag: ctx.tag,
    title: ctx.title,
    unitLine: '金额单位：万元',
    widths: [1],
    header: [],
    body: [[c(`【工作簿中未找到${ctx.tag}“${ctx.title}”，请补充此表】`, { align: 'center', gap: true })]],
    notes: [],
    landscape: false,
  };
}
