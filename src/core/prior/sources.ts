import type { Disclosure, Figure, TableId } from '../model/types';
import { fieldName } from '../profiles/tables';

/**
 * Where each 上年 line of 补充信息 (supplementary/schema.ts, group 上年数) comes from in last year's workbook.
 * Table figures are last year's 决算 as published; `supp` lines are last year's own 补充信息 actuals carried
 * forward (机关运行经费 is not in the nine tables). Several sources are tried in order: the first mapped one wins.
 */
export type PriorSource =
  | { readonly kind: 'item'; readonly table: TableId; readonly key: string }
  | { readonly kind: 'total'; readonly table: TableId; readonly column: string }
  | { readonly kind: 'supp'; readonly key: string };

const item = (table: TableId, key: string): PriorSource => ({ kind: 'item', table, key });
const total = (table: TableId, column: string): PriorSource => ({ kind: 'total', table, column });
const supp = (key: string): PriorSource => ({ kind: 'supp', key });

const THREE_PUBLIC = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

export const PRIOR_SOURCES: Readonly<Record<string, readonly PriorSource[]>> = {
  // 收入支出决算总表 (T01): 本年收入合计, 本年支出合计, 总计; the 合计 rows of 02/03 say the same.
  'prior.income.total': [item('T01', 'income.total'), total('T02', 'total')],
  'prior.expense.total': [item('T01', 'expense.total'), total('T03', 'total')],
  'prior.grand': [item('T01', 'income.grand')],
  // 财政拨款收入支出决算总表 (T04).
  'prior.fiscal.income': [item('T04', 'income.total')],
  'prior.fiscal.expense': [item('T04', 'expense.total.total')],
  'prior.fiscal.grand': [item('T04', 'income.grand')],
  // 一般公共预算财政拨款支出 = 公开05表 合计 (= 04 一般公共预算 column of 本年支出合计).
  'prior.general.expense': [total('T05', 'total'), item('T04', 'expense.total.general')],
  // “三公” 决算数 of 公开07表; last year's 补充信息 has no 决算 of its own for them.
  ...Object.fromEntries(THREE_PUBLIC.map((p) => [`prior.threePublic.${p}`, [item('T07', `actual.${p}`)]])),
  'prior.operatingCost': [supp('operatingCost.amount')],
};

export interface PriorValue {
  readonly figure: Figure;
  /** Where it was read, in words: '公开01表 本年收入合计' or '补充信息 本年机关运行经费支出'. */
  readonly what: string;
}

/** Last year's figure for one 上年 key, or undefined when none of its sources is in last year's workbook. */
export function priorValue(last: Disclosure, key: string): PriorValue | undefined {
  for (const s of PRIOR_SOURCES[key] ?? []) {
    const f = sourceFigure(last, s);
    if (f) return { figure: f, what: describe(last, s) };
  }
  return undefined;
}

function sourceFigure(last: Disclosure, s: PriorSource): Figure | undefined {
  if (s.kind === 'supp') return last.supplementary?.entries[s.key]?.figure;
  const t = last.tables[s.table];
  if (!t) return undefined;
  if (s.kind === 'item') return t.items[s.key];
  const f = t.totalRow?.[s.column];
  // A blank 合计 stands for zero only when every 科目 row of the column is zero too.
  if (f?.state === 'blank' && t.rows.some((r) => r.values[s.column] && !r.values[s.column].value.isZero()))
    return undefined;
  return f;
}

function describe(last: Disclosure, s: PriorSource): string {
  if (s.kind === 'supp') return `补充信息 ${last.supplementary?.entries[s.key]?.label ?? s.key}`;
  const t = last.tables[s.table]!;
  if (s.kind === 'total') return `${t.sheet} 合计 ${fieldName(s.table, s.column)}`;
  const base = s.key.replace(/\.(total|general|fund|soe)$/, '');
  const name = fieldName(s.table, s.key) !== s.key ? fieldName(s.table, s.key) : fieldName(s.table, base);
  return `${t.sheet} ${name}`;
}
