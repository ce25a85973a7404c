import type { Row, SheetSpec } from './xlsx';

/** Standard table layouts for mapping tests, in a few of the forms real exports take. */

export interface T01Opts {
  sheet?: string;
  unit?: '元' | '万元';
  rowNumbers?: boolean; // 行次 columns and a 栏次 row (national export)
  scale?: number; // multiply amounts (10000 for 元)
}

/** T01 with income on the left and 支出 by 类 on the right. Returns the sheet and where each value went. */
export function t01(o: T01Opts = {}): { sheet: SheetSpec; at: Record<string, string> } {
  const k = o.scale ?? 1;
  const v = (x: number | null) => (x === null ? null : Math.round(x * k * 100) / 100);
  const n = o.rowNumbers;
  const income: [string, number | null][] = [
    ['一、一般公共预算财政拨款收入', 1201.8],
    ['二、政府性基金预算财政拨款收入', null],
    ['三、国有资本经营预算财政拨款收入', null],
    ['四、上级补助收入', null],
    ['五、事业收入', null],
    ['六、经营收入', null],
    ['七、附属单位上缴收入', null],
    ['八、其他收入', 16.12],
  ];
  const expense: [string, number | null][] = [
    ['一、一般公共服务支出', 1081.45],
    ['二、外交支出', null],
    ['三、科学技术支出', 119],
    ['四、社会保障和就业支出', 54.91],
    ['五、卫生健康支出', 48.14],
    ['六、住房保障支出', 40.51],
  ];
  const rows: Row[] = [
    ['收入支出决算总表'],
    n
      ? ['部门：测试单位', null, null, null, null, '金额单位：' + (o.unit ?? '万元')]
      : [null, null, null, '单位：' + (o.unit ?? '万元')],
    n ? ['收入', null, null, '支出'] : ['收入', null, '支出'],
    n ? ['项目', '行次', '金额', '项目', '行次', '金额'] : ['项目', '决算数', '项目', '决算数'],
  ];
  if (n) rows.push(['栏次', null, 1, '栏次', null, 2]);
  const at: Record<string, string> = {};
  const valueColL = n ? 'C' : 'B';
  const valueColR = n ? 'F' : 'D';
  const body: [string, number | null, string, number | null][] = [];
  for (let i = 0; i < Math.max(income.length, expense.length); i++)
    body.push([income[i]?.[0] ?? '', income[i]?.[1] ?? null, expense[i]?.[0] ?? '', expense[i]?.[1] ?? null]);
  body.push(['本年收入合计', 1217.92, '本年支出合计', 1344.01]);
  body.push(['使用非财政拨款结余', null, '结余分配', null]);
  body.push(['年初结转和结余', 238.73, '年末结转和结余', 112.64]);
  body.push(['总计', 1456.65, '总计', 1456.65]);
  body.forEach(([l, lv, r, rv], i) => {
    const rowNo = rows.length + 1;
    rows.push(
      n
        ? [l || null, l ? i + 1 : null, v(lv), r || null, r ? i + 40 : null, v(rv)]
        : [l || null, v(lv), r || null, v(rv)],
    );
    if (l) at[l] = `${valueColL}${rowNo}`;
    if (r) at['支出:' + r] = `${valueColR}${rowNo}`;
  });
  rows.push(['注：本表反映部门本年度的总收支和年末结转结余情况。']);
  const merges = n ? ['A1:F1', 'A3:C3', 'D3:F3'] : ['A1:D1', 'A3:B3', 'C3:D3'];
  return { sheet: { name: o.sheet ?? '收入支出决算总表', rows, merges, numFmt: '#,##0.00' }, at };
}

export interface SubjectOpts {
  sheet?: string;
  split?: boolean; // 类 | 款 | 项 columns
  combined?: boolean; // "2010301 行政运行" in one cell
  title?: string;
  blankRowAfter?: number; // insert a blank row after this data row index
  wrapNames?: boolean;
  textNumbers?: boolean;
  zeros?: boolean; // 0.00 printed in every empty amount cell (not blanks)
}

export const T05_ROWS: [string, string, number, number, number][] = [
  ['201', '一般公共服务支出', 1043.07, 1043.07, 0],
  ['20103', '政府办公厅（室）及相关机构事务', 1043.07, 1043.07, 0],
  ['2010301', '行政运行', 886.56, 886.56, 0],
  ['2010399', '其他政府办公厅（室）及相关机构事务支出', 156.51, 156.51, 0],
  ['221', '住房保障支出', 39.51, 39.51, 0],
  ['22102', '住房改革支出', 39.51, 39.51, 0],
  ['2210201', '住房公积金', 39.51, 39.51, 0],
];

/** T05-like 科目 table (合计 | 基本支出 | 项目支出). Returns where each (code, column) value is. */
export function t05(o: SubjectOpts = {}): { sheet: SheetSpec; at: Record<string, string>; totalRow: number } {
  const rows: Row[] = [[o.title ?? '一般公共预算财政拨款支出决算表'], [null, null, null, '单位：万元']];
  const codeCols = o.split ? 3 : 1;
  const nameCol = o.combined ? 0 : codeCols;
  const first = o.combined ? 1 : codeCols + 1; // 0-based index of 合计 column
  const head1: Row = [];
  const head2: Row = [];
  if (o.combined) head1.push('科目');
  else if (o.split) {
    head1.push('科目编码', null, null, '科目名称');
    head2.push('类', '款', '项', null);
  } else head1.push('科目编码', '科目名称');
  head1[first] = '本年支出';
  head2[first] = '合计';
  head2[first + 1] = '基本支出';
  head2[first + 2] = '项目支出';
  rows.push(head1, head2);
  const merges: string[] = [];
  const L = (i: number) => String.fromCharCode(65 + i);
  merges.push(`${L(first)}3:${L(first + 2)}3`);
  if (o.split) merges.push('A3:C3', 'D3:D4');
  else if (!o.combined) merges.push('A3:A4', 'B3:B4');
  else merges.push('A3:A4');
  const num = (x: number) => (o.textNumbers ? x.toLocaleString('en-US', { minimumFractionDigits: 2 }) : x);
  const totalRowNo = rows.length + 1;
  const totalRow: Row = [];
  totalRow[o.combined ? 0 : nameCol] = '合计';
  totalRow[first] = num(1082.58);
  totalRow[first + 1] = num(1082.58);
  totalRow[first + 2] = o.zeros ? num(0) : null;
  rows.push(totalRow);
  const at: Record<string, string> = { '合计:total': `${L(first)}${totalRowNo}` };
  T05_ROWS.forEach(([code, name, total, basic, project], i) => {
    const r: Row = [];
    if (o.combined) r[0] = `${code} ${name}`;
    else if (o.split) {
      r[0] = code.slice(0, 3);
      r[1] = code.length >= 5 ? code.slice(3, 5) : null;
      r[2] = code.length === 7 ? code.slice(5, 7) : null;
      r[3] = o.wrapNames ? name.replace(/（/, '\n（') : name;
    } else {
      r[0] = code;
      r[1] = o.wrapNames ? name.replace(/（/, '\n（') : name;
    }
    r[first] = num(total);
    r[first + 1] = num(basic);
    r[first + 2] = project || (o.zeros ? num(0) : null);
    rows.push(r);
    at[`${code}:total`] = `${L(first)}${rows.length}`;
    at[`${code}:basic`] = `${L(first + 1)}${rows.length}`;
    if (o.blankRowAfter === i) rows.push([]);
  });
  rows.push(['注：本表反映部门本年度一般公共预算财政拨款支出情况。']);
  return {
    sheet: { name: o.sheet ?? '一般公共预算财政拨款支出决算表', rows, merges, numFmt: '#,##0.00' },
    at,
    totalRow: totalRowNo,
  };
}
