import type { Disclosure, Figure, SubjectRow, TableId } from '../model/types';
import { makeFigure } from '../model/figure';
import { fieldName } from '../profiles/tables';
import { parseSubjectKey } from '../supplementary/schema';
import { matchSubjects } from './subjects';

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
  // “三公” details and 车辆 counts: last year's own 补充信息 lines (counts, carried forward as they are).
  'prior.threePublic.abroad.groups': [supp('threePublic.abroad.groups')],
  'prior.threePublic.abroad.persons': [supp('threePublic.abroad.persons')],
  'prior.threePublic.vehicle.purchased': [supp('threePublic.vehicle.purchased')],
  'prior.threePublic.vehicle.fleet': [supp('threePublic.vehicle.fleet')],
  'prior.threePublic.reception.batches': [supp('threePublic.reception.batches')],
  'prior.threePublic.reception.persons': [supp('threePublic.reception.persons')],
  'prior.assets.vehicles.total': [supp('assets.vehicles.total')],
};

export interface PriorValue {
  readonly figure: Figure;
  /** Where it was read, in words: '公开01表 本年收入合计' or '补充信息 本年机关运行经费支出'. */
  readonly what: string;
}

/**
 * Last year's figure for one 上年 key, or undefined when none of its sources is in last year's workbook.
 * A per-科目 key (`prior.subject.<code>`) is last year's 公开05表 合计 of the same 科目, matched by code, then by
 * name (this year's row from `current`), so a 科目 re-coded between editions still finds last year's figure.
 */
export function priorValue(last: Disclosure, key: string, current?: Disclosure): PriorValue | undefined {
  const sub = parseSubjectKey(key);
  if (sub?.kind === 'prior') return subjectPrior(last, sub.code, current);
  for (const s of PRIOR_SOURCES[key] ?? []) {
    const f = sourceFigure(last, s);
    if (f) return { figure: f, what: describe(last, s) };
  }
  return undefined;
}

/** Why a per-科目 key found nothing (for the “could not” list), or undefined when it did. */
export function subjectPriorGap(last: Disclosure, key: string): string | undefined {
  const sub = parseSubjectKey(key);
  if (sub?.kind !== 'prior') return undefined;
  return last.tables.T05 ? `上年公开05表中没有科目 ${sub.code}（编码和名称都对不上，可能是本年新增科目）` : undefined;
}

function subjectPrior(last: Disclosure, code: string, current?: Disclosure): PriorValue | undefined {
  const t = last.tables.T05;
  if (!t) return undefined;
  const mine = current?.tables.T05?.rows.find((r) => r.code === code);
  let row: SubjectRow | undefined;
  if (mine) row = matchSubjects([mine], t.rows).find((p) => p.current === mine)?.prior;
  else row = t.rows.find((r) => r.code === code);
  const f = row?.values.total;
  if (!row || !f) return undefined;
  return { figure: f, what: `${t.sheet} ${row.code} ${row.name.trim()} ${fieldName('T05', 'total')}` };
}

function sourceFigure(last: Disclosure, s: PriorSource): Figure | undefined {
  if (s.kind === 'supp') {
    const e = last.supplementary?.entries[s.key];
    // A count (团组, 人次, 辆) is carried forward as the number it is (unit 1, no 万元 conversion).
    if (e && !e.figure && e.number !== undefined) return makeFigure(e.number, { cell: e.cell, decimals: 0 });
    return e?.figure;
  }
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
