import { Dec } from '../decimal/dec';
import { T01_INCOME_KEYS as T01_INCOME } from '../checks/rules/t01-income-total';
import type { Disclosure, Figure, SubjectRow, TableId } from '../model/types';
import { fieldName } from '../profiles/tables';
import { matchSubjects } from './subjects';

/**
 * Data-driven hints for the “主要原因是” of a year-on-year change: the parts of the figure (科目, 收入 sources,
 * 经济分类 款, “三公” items) that moved most in the direction of the change, with their amounts
 * (“其中：城乡社区管理事务增加 12.30 万元，…”). Only figures of the two workbooks are used — never a cause.
 * The user confirms or rewrites the hint; `prior` writes it into the 说明 column of the reason line, not as the reason.
 */
export type HintParts =
  | { readonly kind: 'subjects'; readonly table: TableId; readonly column: string; readonly lead: string }
  | { readonly kind: 'items'; readonly table: TableId; readonly keys: readonly string[] }
  | { readonly kind: 'economic'; readonly classes: readonly string[]; readonly lead: string };

const T04_INCOME = ['income.general', 'income.fund', 'income.soe'];

/** Reason key → the breakdown that explains the change of its figure (domain.md, table layouts). */
export const HINT_PARTS: Readonly<Record<string, HintParts>> = {
  'reason.income': { kind: 'items', table: 'T01', keys: T01_INCOME },
  'reason.grand': {
    kind: 'items',
    table: 'T01',
    keys: [...T01_INCOME, 'income.useNonFiscalBalance', 'income.carryIn'],
  },
  'reason.expense': { kind: 'subjects', table: 'T03', column: 'total', lead: '' },
  'reason.fiscal.income': { kind: 'items', table: 'T04', keys: T04_INCOME },
  'reason.fiscal.grand': { kind: 'items', table: 'T04', keys: [...T04_INCOME, 'carryIn.total'] },
  'reason.fiscal.expense': { kind: 'subjects', table: 'T04', column: 'total', lead: '' },
  'reason.general.expense': { kind: 'subjects', table: 'T05', column: 'total', lead: '' },
  'reason.threePublic.vehicle.yoy': {
    kind: 'items',
    table: 'T07',
    keys: ['actual.vehiclePurchase', 'actual.vehicleOperation'],
  },
  // 机关运行经费 is the 公用经费 of 行政单位 (and 参公 事业单位): its 经济分类 款 in 公开06表.
  'reason.operatingCost': { kind: 'economic', classes: ['302', '310'], lead: '公用经费中' },
};

export interface HintPart {
  readonly name: string;
  /** This year − last year, in 万元. */
  readonly diff: Dec;
}

export interface ReasonHint {
  readonly key: string;
  /** 其中：…增加 X 万元，…减少 Y 万元 */
  readonly text: string;
  readonly parts: readonly HintPart[];
  /** Σ of all parts' differences (the change the hint explains). */
  readonly change: Dec;
}

/** At most this many parts are named; fewer when they already account for SHARE of the change. */
const MAX_PARTS = 3;
const SHARE = Dec.from('0.8');

export function reasonHints(current: Disclosure, prior: Disclosure): ReasonHint[] {
  const out: ReasonHint[] = [];
  for (const [key, spec] of Object.entries(HINT_PARTS)) {
    const diffs = partDiffs(current, prior, spec);
    if (!diffs) continue;
    const hint = hintFrom(key, diffs, spec.kind === 'items' ? '' : spec.lead);
    if (hint) out.push(hint);
  }
  return out;
}

function hintFrom(key: string, diffs: HintPart[], lead: string): ReasonHint | undefined {
  const change = Dec.sum(diffs.map((d) => d.diff));
  const sign = change.sign();
  if (sign === 0) return undefined;
  const moving = diffs.filter((d) => d.diff.sign() === sign).sort((a, b) => b.diff.abs().cmp(a.diff.abs()));
  const named: HintPart[] = [];
  let covered = Dec.ZERO;
  for (const d of moving) {
    if (named.length >= MAX_PARTS || covered.gte(change.abs().mul(SHARE))) break;
    named.push(d);
    covered = covered.add(d.diff.abs());
  }
  if (!named.length) return undefined;
  const words = named.map((d) => `${d.name}${d.diff.sign() > 0 ? '增加' : '减少'} ${d.diff.abs().toFixed(2)} 万元`);
  return { key, text: `其中：${lead}${words.join('，')}。`, parts: named, change };
}

const value = (f: Figure | undefined): Dec | undefined => (f && f.state !== 'invalid' ? f.value : undefined);

/** Differences of every part, or undefined when either year lacks the table or a part is unreadable. */
function partDiffs(current: Disclosure, prior: Disclosure, spec: HintParts): HintPart[] | undefined {
  if (spec.kind === 'items') {
    const c = current.tables[spec.table];
    const p = prior.tables[spec.table];
    if (!c || !p) return undefined;
    const out: HintPart[] = [];
    for (const k of spec.keys) {
      const a = c.items[k] ? value(c.items[k]) : Dec.ZERO;
      const b = p.items[k] ? value(p.items[k]) : Dec.ZERO;
      if (a === undefined || b === undefined) return undefined;
      out.push({ name: fieldName(spec.table, k).replace(/(预算数|决算数)$/, ''), diff: a.sub(b) });
    }
    return out;
  }
  const table = spec.kind === 'economic' ? 'T06' : spec.table;
  const column = spec.kind === 'economic' ? 'amount' : spec.column;
  const c = current.tables[table];
  const p = prior.tables[table];
  if (!c || !p) return undefined;
  const keep = (rows: readonly SubjectRow[]): SubjectRow[] => {
    const inClasses = spec.kind === 'economic' ? rows.filter((r) => spec.classes.includes(r.code.slice(0, 3))) : rows;
    // 款 where the table has them (the level accountants explain), else 类.
    const level = inClasses.some((r) => r.level === 2) ? 2 : 1;
    return inClasses.filter((r) => r.level === level);
  };
  const out: HintPart[] = [];
  for (const pair of matchSubjects(keep(c.rows), keep(p.rows))) {
    const a = pair.current ? value(pair.current.values[column]) : Dec.ZERO;
    const b = pair.prior ? value(pair.prior.values[column]) : Dec.ZERO;
    if (a === undefined || b === undefined) return undefined;
    out.push({
      name: (pair.current ?? pair.prior)!.name.replace(/[\s\u3000]/g, '').replace(/^[一二三四五六七八九十]+、/, ''),
      diff: a.sub(b),
    });
  }
  return out;
}
