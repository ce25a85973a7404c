import type { TableId } from '../model/types';

/**
 * What each standard table holds, as data: the fixed items (label → key) and the columns of its 科目 rows.
 * Labels are matched after normalisation (spaces, ordinals like "一、"/"（一）", bracket widths, trailing
 * 行次 numbers and trailing qualifiers such as "（含专用结余）" removed), either exactly or as a regular expression.
 *
 * Key conventions (the contract for checks, derive and narrative):
 * - T01 items: income.fiscalGeneral … income.other, income.total (本年收入合计), income.useNonFiscalBalance
 *   (使用非财政拨款结余), income.carryIn (年初结转和结余), income.grand (总计, 收入侧); expense.total (本年支出合计),
 *   expense.surplusDistribution (结余分配), expense.carryOut (年末结转和结余), expense.grand (总计, 支出侧).
 *   rows: 支出 by 功能分类 类, column `amount`.
 * - T04 items: income.general / income.fund / income.soe, income.total, carryIn.total / carryIn.general /
 *   carryIn.fund / carryIn.soe (年初财政拨款结转和结余), income.grand; for each of the four expense columns c in
 *   (total, general, fund, soe): expense.total.c, carryOut.c (年末财政拨款结转和结余), expense.grand.c.
 *   rows: 支出 by 类, columns total / general / fund / soe.
 * - T02 columns total, fiscal, superior, business, operating, affiliated, other.
 * - T03 columns total, basic, project, toSuperior, operating, toAffiliated.
 * - T05 columns total, basic, project.
 * - T06 rows by 经济分类 (类 3 digits, 款 5), column amount; items personnelTotal (人员经费合计), publicTotal (公用经费合计).
 * - T07 items budget.total, budget.abroad, budget.vehicle, budget.vehiclePurchase, budget.vehicleOperation,
 *   budget.reception and the same under actual.* (决算数).
 * - T08/T09 columns carryIn, income, expTotal, expBasic, expProject, carryOut.
 */

export interface LabelDef {
  readonly key: string;
  readonly name: string; // 中文 name as the standard table prints it
  readonly labels: readonly (string | RegExp)[];
}

export interface ColumnDef extends LabelDef {
  /** Header text fragments that must all appear in the column's (merged, multi-row) header path. */
  readonly headers: readonly (string | RegExp)[];
}

export interface TableDef {
  readonly id: TableId;
  /** Standard title (湖南/财政部 2021 wording). */
  readonly title: string;
  /** Title patterns, tried on normalised text of the title cell. Order matters: the most specific first. */
  readonly titlePatterns: readonly RegExp[];
  readonly layout: 'items' | 'summary' | 'subjects' | 'economic' | 'threePublic';
  readonly items: readonly LabelDef[];
  readonly columns: readonly ColumnDef[];
}

const T01_ITEMS: LabelDef[] = [
  {
    key: 'income.fiscalGeneral',
    name: '一般公共预算财政拨款收入',
    labels: ['一般公共预算财政拨款收入', '一般公共预算财政拨款'],
  },
  {
    key: 'income.fiscalFund',
    name: '政府性基金预算财政拨款收入',
    labels: ['政府性基金预算财政拨款收入', '政府性基金预算财政拨款'],
  },
  {
    key: 'income.fiscalSoe',
    name: '国有资本经营预算财政拨款收入',
    labels: ['国有资本经营预算财政拨款收入', '国有资本经营预算财政拨款'],
  },
  { key: 'income.superior', name: '上级补助收入', labels: ['上级补助收入'] },
  { key: 'income.business', name: '事业收入', labels: ['事业收入'] },
  { key: 'income.operating', name: '经营收入', labels: ['经营收入'] },
  { key: 'income.affiliated', name: '附属单位上缴收入', labels: ['附属单位上缴收入'] },
  { key: 'income.other', name: '其他收入', labels: ['其他收入'] },
  { key: 'income.total', name: '本年收入合计', labels: ['本年收入合计'] },
  {
    key: 'income.useNonFiscalBalance',
    name: '使用非财政拨款结余',
    labels: ['使用非财政拨款结余', /^用事业基金弥补收支差额/],
  },
  { key: 'income.carryIn', name: '年初结转和结余', labels: [/^(年初|上年)(财政拨款)?结转和?结余$/] },
  { key: 'expense.total', name: '本年支出合计', labels: ['本年支出合计'] },
  { key: 'expense.surplusDistribution', name: '结余分配', labels: ['结余分配'] },
  { key: 'expense.carryOut', name: '年末结转和结余', labels: [/^年末(财政拨款)?结转和?结余$/] },
  // 总计 appears on both sides; the mapper assigns the left one to income.grand and the right one to expense.grand.
  { key: 'income.grand', name: '收入总计', labels: ['总计', '收入总计'] },
  { key: 'expense.grand', name: '支出总计', labels: ['总计', '支出总计'] },
];

const T04_EXPENSE_COLUMNS: ColumnDef[] = [
  { key: 'total', name: '合计', labels: [], headers: [/^(合计|小计)$/] },
  { key: 'general', name: '一般公共预算财政拨款', labels: [], headers: ['一般公共预算'] },
  { key: 'fund', name: '政府性基金预算财政拨款', labels: [], headers: ['政府性基金'] },
  { key: 'soe', name: '国有资本经营预算财政拨款', labels: [], headers: ['国有资本经营'] },
];

const T04_ITEMS: LabelDef[] = [
  { key: 'income.general', name: '一般公共预算财政拨款', labels: ['一般公共预算财政拨款', '一般公共预算财政拨款收入'] },
  {
    key: 'income.fund',
    name: '政府性基金预算财政拨款',
    labels: ['政府性基金预算财政拨款', '政府性基金预算财政拨款收入'],
  },
  {
    key: 'income.soe',
    name: '国有资本经营预算财政拨款',
    labels: ['国有资本经营预算财政拨款', '国有资本经营预算财政拨款收入'],
  },
  { key: 'income.total', name: '本年收入合计', labels: ['本年收入合计'] },
  { key: 'carryIn.total', name: '年初财政拨款结转和结余', labels: ['年初财政拨款结转和结余', '年初结转和结余'] },
  { key: 'income.grand', name: '收入总计', labels: ['总计', '收入总计'] },
  { key: 'expense.total', name: '本年支出合计', labels: ['本年支出合计'] },
  { key: 'carryOut', name: '年末财政拨款结转和结余', labels: ['年末财政拨款结转和结余', '年末结转和结余'] },
  { key: 'expense.grand', name: '支出总计', labels: ['总计', '支出总计'] },
];

const T07_PARTS: [string, string, (string | RegExp)[]][] = [
  ['total', '合计', ['合计']],
  ['abroad', '因公出国（境）费', ['因公出国(境)费', '因公出国(境)费用', '因公出国境费']],
  ['vehicle', '公务用车购置及运行维护费', ['小计', '公务用车购置及运行维护费', '公务用车购置及运行费']],
  ['vehiclePurchase', '公务用车购置费', ['公务用车购置费', '购置费']],
  ['vehicleOperation', '公务用车运行维护费', ['公务用车运行维护费', '运行维护费', '公务用车运行费']],
  ['reception', '公务接待费', ['公务接待费']],
];

export const T07_ITEMS: LabelDef[] = [
  ...T07_PARTS.map(([k, name, labels]) => ({ key: `budget.${k}`, name: `${name}预算数`, labels })),
  ...T07_PARTS.map(([k, name, labels]) => ({ key: `actual.${k}`, name: `${name}决算数`, labels })),
];

export const TABLE_DEFS: Readonly<Record<TableId, TableDef>> = {
  T01: {
    id: 'T01',
    title: '收入支出决算总表',
    titlePatterns: [/^(?!.*财政拨款).*收入支出决算总表/],
    layout: 'summary',
    items: T01_ITEMS,
    columns: [{ key: 'amount', name: '决算数', labels: [], headers: [/决算数|金额|本年数/] }],
  },
  T02: {
    id: 'T02',
    title: '收入决算表',
    titlePatterns: [/^(?!.*(支出|财政拨款)).*收入决算(总)?表/],
    layout: 'subjects',
    items: [],
    columns: [
      { key: 'total', name: '本年收入合计', labels: [], headers: ['本年收入合计'] },
      { key: 'fiscal', name: '财政拨款收入', labels: [], headers: ['财政拨款收入'] },
      { key: 'superior', name: '上级补助收入', labels: [], headers: ['上级补助收入'] },
      { key: 'business', name: '事业收入', labels: [], headers: ['事业收入'] },
      { key: 'operating', name: '经营收入', labels: [], headers: ['经营收入'] },
      { key: 'affiliated', name: '附属单位上缴收入', labels: [], headers: ['附属单位上缴收入'] },
      { key: 'other', name: '其他收入', labels: [], headers: ['其他收入'] },
    ],
  },
  T03: {
    id: 'T03',
    title: '支出决算表',
    titlePatterns: [/^(?!.*(收入|财政拨款|基本支出)).*支出决算(总)?表/],
    layout: 'subjects',
    items: [],
    columns: [
      { key: 'total', name: '本年支出合计', labels: [], headers: ['本年支出合计'] },
      { key: 'basic', name: '基本支出', labels: [], headers: ['基本支出'] },
      { key: 'project', name: '项目支出', labels: [], headers: ['项目支出'] },
      { key: 'toSuperior', name: '上缴上级支出', labels: [], headers: ['上缴上级支出'] },
      { key: 'operating', name: '经营支出', labels: [], headers: ['经营支出'] },
      { key: 'toAffiliated', name: '对附属单位补助支出', labels: [], headers: ['对附属单位补助支出'] },
    ],
  },
  T04: {
    id: 'T04',
    title: '财政拨款收入支出决算总表',
    titlePatterns: [/财政拨款收入支出决算总表/, /财政拨款收支决算总表/],
    layout: 'summary',
    items: T04_ITEMS,
    columns: T04_EXPENSE_COLUMNS,
  },
  T05: {
    id: 'T05',
    title: '一般公共预算财政拨款支出决算表',
    titlePatterns: [/^(?!.*(基本支出|三公)).*一般公共预算财政拨款支出决算表/],
    layout: 'subjects',
    items: [],
    columns: [
      { key: 'total', name: '合计', labels: [], headers: [/^(合计|小计)$/] },
      { key: 'basic', name: '基本支出', labels: [], headers: ['基本支出'] },
      { key: 'project', name: '项目支出', labels: [], headers: ['项目支出'] },
    ],
  },
  T06: {
    id: 'T06',
    title: '一般公共预算财政拨款基本支出决算明细表',
    titlePatterns: [/基本支出决算(明细)?表/],
    layout: 'economic',
    items: [
      { key: 'personnelTotal', name: '人员经费合计', labels: ['人员经费合计', '人员经费'] },
      { key: 'publicTotal', name: '公用经费合计', labels: ['公用经费合计', '公用经费'] },
    ],
    columns: [{ key: 'amount', name: '决算数', labels: [], headers: [/决算数|金额|合计/] }],
  },
  T07: {
    id: 'T07',
    title: '一般公共预算财政拨款“三公”经费支出决算表',
    titlePatterns: [/三公.{0,2}经费支出决算表/],
    layout: 'threePublic',
    items: T07_ITEMS,
    columns: [],
  },
  T08: {
    id: 'T08',
    title: '政府性基金预算财政拨款收入支出决算表',
    titlePatterns: [/政府性基金预算财政拨款(收入)?支出决算表/],
    layout: 'subjects',
    items: [],
    columns: fundColumns(),
  },
  T09: {
    id: 'T09',
    title: '国有资本经营预算财政拨款支出决算表',
    titlePatterns: [/国有资本经营预算财政拨款(收入)?支出决算表/],
    layout: 'subjects',
    items: [],
    columns: fundColumns(),
  },
};

function fundColumns(): ColumnDef[] {
  return [
    { key: 'carryIn', name: '年初结转和结余', labels: [], headers: ['年初结转和结余'] },
    { key: 'income', name: '本年收入', labels: [], headers: ['本年收入'] },
    { key: 'expTotal', name: '本年支出合计', labels: [], headers: ['本年支出', /^(合计|小计)$/] },
    // An expenditure-only print (normal for 09表 in the national format): 合计 | 基本支出 | 项目支出.
    { key: 'expTotal', name: '本年支出合计', labels: [], headers: [/^(本年支出)?(合计|小计)$/] },
    { key: 'expBasic', name: '基本支出', labels: [], headers: ['基本支出'] },
    { key: 'expProject', name: '项目支出', labels: [], headers: ['项目支出'] },
    { key: 'carryOut', name: '年末结转和结余', labels: [], headers: ['年末结转和结余'] },
  ];
}

export function tableDef(id: TableId): TableDef {
  return TABLE_DEFS[id];
}

/** Name of an item or column in an accountant's words, for messages. */
export function fieldName(id: TableId, key: string): string {
  const def = TABLE_DEFS[id];
  return def.items.find((i) => i.key === key)?.name ?? def.columns.find((c) => c.key === key)?.name ?? key;
}

/**
 * The foot of 收入支出决算总表 (domain.md, table 01) as printed: each line's 收入 label and item key beside its 支出
 * label and item key.
 */
export const T01_FOOT_LINES: readonly (readonly [string, string, string, string])[] = [
  ['本年收入合计', 'income.total', '本年支出合计', 'expense.total'],
  ['使用非财政拨款结余', 'income.useNonFiscalBalance', '结余分配', 'expense.surplusDistribution'],
  ['年初结转和结余', 'income.carryIn', '年末结转和结余', 'expense.carryOut'],
  ['总计', 'income.grand', '总计', 'expense.grand'],
];
