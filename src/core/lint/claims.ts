import type { Shown } from '../decimal/interval';
import { baseConcept, conceptName } from './concepts';
import { budgetKind, withoutFundNames } from './mentions';
import type { LintContext } from './context';
import { sameItem } from './structure';
import type { BudgetKind, Mention, Sentence } from './types';

/**
 * Reads what each sentence claims about its numbers — the relations the rules verify:
 * - difference: 增减额 Δ = |本年 − 上年| (or |决算 − 预算|) with a direction word;
 * - change: 增减幅度 % = Δ / 上年 (the 上年 figure stated, or 本年 ∓ Δ when only Δ is given);
 * - share: 占 % = part / base (base: the figure before 其中/主要用于, or the one named in "占…的");
 * - rate: 完成率 % = 决算 / 年初预算;
 * - sum: 总计 = the figures before it; a figure = the figures listed after its 其中 / 主要用于;
 * - compare: "决算数大于/小于/等于预算数" against the two figures.
 */
export interface Operand {
  readonly shown: Shown;
  /** How the operand is named in messages: the label or "上年数（由本年数和增减额推算）". */
  readonly name: string;
  readonly mention?: Mention;
}

export interface DifferenceClaim {
  readonly type: 'difference';
  readonly s: Sentence;
  readonly diff: Mention;
  readonly current: Mention;
  readonly base: Mention;
}

export interface ChangeClaim {
  readonly type: 'change';
  readonly s: Sentence;
  readonly pct: Mention;
  readonly diff?: Mention;
  readonly current: Mention;
  readonly numerator: Operand;
  readonly base: Operand;
  /** Direction of the change when it is known from the figures. */
  readonly sign?: -1 | 0 | 1;
}

export interface ShareClaim {
  readonly type: 'share';
  readonly s: Sentence;
  readonly pct: Mention;
  readonly part: Mention;
  readonly base?: Operand;
  /** Concept of the base when it is named but not found in the text (for the workbook). */
  readonly baseConcept?: string;
  readonly baseName: string;
}

export interface RateClaim {
  readonly type: 'rate';
  readonly s: Sentence;
  readonly pct: Mention;
  readonly actual: Mention;
  /** The budget figure of the text; absent when the text gives only the rate (the workbook then has the budget). */
  readonly budget?: Mention;
  /** Which budget the rate names: "完成年初预算的" (initial), "完成全年预算的" (adjusted), "完成预算的" (plain). */
  readonly kind: BudgetKind;
  /** The text names one budget while its budget figure is another (capability 4). */
  readonly kindMismatch?: boolean;
}

export interface SumClaim {
  readonly type: 'sum';
  readonly s: Sentence;
  readonly total: Mention;
  readonly parts: readonly Mention[];
  /** The parts are the whole of the total (a known breakdown): a shortfall is an error too. */
  readonly complete: boolean;
}

export interface CompareClaim {
  readonly type: 'compare';
  readonly s: Sentence;
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly actual: Mention;
  readonly budget: Mention;
}

export type Claim = DifferenceClaim | ChangeClaim | ShareClaim | RateClaim | SumClaim | CompareClaim;

const TOTAL_LABEL = /^(收入支出|财政拨款收入支出|财政拨款)?(总计|合计)$/;
const NOT_A_PART = /结转|结余|总计/;
const LIST_MARK = /其中|主要用于/g;

export function readClaims(ctx: LintContext): Claim[] {
  const claims: Claim[] = [];
  let prev: Sentence | undefined;
  let item: Sentence[] = [];
  for (const s of ctx.sentences) {
    if (prev && !sameItem(prev, s)) item = [];
    if (s.mentions.length > 0) readSentence(ctx, s, prev, item, claims);
    readCompare(s, item, claims); // "决算数大于预算数的主要原因…" after the figures' sentences
    item.push(s);
    prev = s;
  }
  return claims;
}

function amountsBefore(s: Sentence, m: Mention): Mention[] {
  return s.mentions.filter((x) => x.kind === 'amount' && x.start < m.start);
}

function lastOf<T>(xs: readonly T[], pred: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i])) return xs[i];
  return undefined;
}

function derivedBase(current: Mention, diff: Mention, direction: 'up' | 'down'): Operand {
  const value = direction === 'up' ? current.value.sub(diff.value) : current.value.add(diff.value);
  return {
    shown: { value, half: current.shown.half.add(diff.shown.half) },
    name: `上年数（${current.value.toFixed()} ${direction === 'up' ? '−' : '+'} ${diff.value.toFixed()}）`,
  };
}

function readSentence(
  ctx: LintContext,
  s: Sentence,
  prevSentence: Sentence | undefined,
  item: readonly Sentence[],
  claims: Claim[],
): void {
  const ms = s.mentions;
  const diffResolved = new Map<number, { current: Mention; base?: Mention }>();
  for (const m of ms) {
    const before = amountsBefore(s, m);
    if (m.kind === 'amount' && m.role === 'diff') {
      // "……完成年初预算的96.47%。决算数小于年初预算数的主要原因是：调整预算减少0.14万元": the figures are in
      // an earlier sentence of the same item (capability 5: across sentence boundaries).
      const window =
        !before.some((x) => x.role !== 'diff') && item.length > 0
          ? [...item.flatMap((x) => x.mentions).filter((x) => x.kind === 'amount'), ...before]
          : before;
      const prior = lastOf(window, (x) => x.role === 'prior');
      let current: Mention | undefined;
      let base: Mention | undefined;
      if (prior) {
        const name = baseConcept(prior.concept);
        current =
          window.find((x) => x.role === 'main' && name !== undefined && baseConcept(x.concept) === name) ??
          window.find((x) => x.role === 'main' && x.start < prior.start);
        base = prior;
      } else if (/预算/.test(withoutFundNames(m.rawLabel)) && window.some((x) => x.role === 'budget')) {
        base = lastOf(window, (x) => x.role === 'budget');
        current = lastOf(window, (x) => x.role === 'main');
      } else {
        current =
          lastOf(window, (x) => x.role === 'main' && !TOTAL_LABEL.test(x.label)) ??
          (prevSentence && prevSentence.section === s.section
            ? lastOf(prevSentence.mentions, (x) => x.kind === 'amount' && x.role === 'main')
            : undefined);
      }
      if (current) diffResolved.set(m.id, { current, base });
      if (current && base) claims.push({ type: 'difference', s, diff: m, current, base });
      continue;
    }
    if (m.kind !== 'percent') continue;
    if (m.role === 'diff') {
      const d = lastOf(ms, (x) => x.kind === 'amount' && x.role === 'diff' && x.start < m.start);
      const r = d ? diffResolved.get(d.id) : undefined;
      if (d && r) {
        if (r.base) {
          claims.push({
            type: 'change',
            s,
            pct: m,
            diff: d,
            current: r.current,
            numerator: { shown: d.shown, name: '增减额' },
            base: { shown: r.base.shown, name: r.base.label || '上年数', mention: r.base },
            sign: r.current.value.cmp(r.base.value),
          });
        } else {
          const dir = d.direction === 'up' || d.direction === 'down' ? d.direction : m.direction;
          if (dir === 'up' || dir === 'down') {
            claims.push({
              type: 'change',
              s,
              pct: m,
              diff: d,
              current: r.current,
              numerator: { shown: d.shown, name: '增减额' },
              base: derivedBase(r.current, d, dir),
            });
          }
        }
        continue;
      }
      const prior = lastOf(before, (x) => x.role === 'prior');
      const name = baseConcept(prior?.concept);
      const current =
        prior && before.find((x) => x.role === 'main' && name !== undefined && baseConcept(x.concept) === name);
      if (prior && current) {
        const delta = current.value.sub(prior.value).abs();
        claims.push({
          type: 'change',
          s,
          pct: m,
          current,
          numerator: { shown: { value: delta, half: current.shown.half.add(prior.shown.half) }, name: '增减额' },
          base: { shown: prior.shown, name: prior.label, mention: prior },
          sign: current.value.cmp(prior.value),
        });
      }
      continue;
    }
    const share = /^占(.*?)的?$/.exec(m.label);
    if (share) {
      const claim = readShare(ctx, s, m, share[1]);
      if (claim) claims.push(claim);
      continue;
    }
    if (/完成.*预算|执行率|完成率/.test(m.label)) {
      const actual = lastOf(before, (x) => x.role === 'main');
      const kind = budgetKind(m.rawLabel);
      // A budget stated before an earlier 决算 figure belongs to that figure's subject, not to this one ("三公"经费
      // 年初预算为31万元，支出决算为8.07万元…；公务用车…决算为8万元，完成预算的100%: the 100% is over 公务用车's own budget).
      const own = actual ? before.slice(0, before.indexOf(actual)) : before;
      const earlier = lastOf(own, (x) => x.role === 'main');
      const budgets = before.slice(earlier ? before.indexOf(earlier) + 1 : 0).filter((x) => x.role === 'budget');
      const same = lastOf(budgets, (x) => kind === 'plain' || x.budgetKind === 'plain' || x.budgetKind === kind);
      const budget = same ?? lastOf(budgets, () => true);
      if (actual) claims.push({ type: 'rate', s, pct: m, actual, budget, kind, kindMismatch: !!budget && !same });
    }
  }
  readSums(s, claims);
}

/** "决算数大于/小于/等于预算数", "决算数与预算数持平" (capability 5): the direction words of 决算 against 预算. */
const COMPARE_RE =
  /决算数?(大于|小于|等于|高于|低于|超过|超出|少于)(?:年初|全年|调整)?预算数?|决算数?与(?:年初|全年|调整)?预算数?(持平|相等|一致|相同)/;

/**
 * The figures compared are before the words, in the same sentence or — as the draft and many texts write it
 * ("年初预算为…，支出决算为…。决算数大于预算数的主要原因…") — in an earlier sentence of the same item
 * (capability 5: across sentence boundaries within an item).
 */
function readCompare(s: Sentence, earlier: readonly Sentence[], claims: Claim[]): void {
  const cmp = COMPARE_RE.exec(s.text);
  if (!cmp) return;
  const at = s.start + cmp.index;
  const pool = [...earlier.flatMap((x) => x.mentions), ...s.mentions].filter(
    (x) => x.kind === 'amount' && x.start < at,
  );
  const actual = lastOf(pool, (x) => x.role === 'main');
  const budget = lastOf(pool, (x) => x.role === 'budget');
  if (actual && budget)
    claims.push({
      type: 'compare',
      s,
      start: at,
      end: at + cmp[0].length,
      word: cmp[1] ?? cmp[2],
      actual,
      budget,
    });
}

/** 其中 / 主要用于 positions (normalised offsets) in a sentence. */
function listMarks(s: Sentence): number[] {
  const out: number[] = [];
  LIST_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LIST_MARK.exec(s.text))) out.push(s.start + m.index);
  return out;
}

function readShare(ctx: LintContext, s: Sentence, pct: Mention, named: string): ShareClaim | undefined {
  const part = lastOf(s.mentions, (x) => x.kind !== 'percent' && x.start < pct.start && x.role !== 'diff');
  if (!part) return undefined;
  const earlier = s.mentions.filter((x) => x.kind === part.kind && x.start < part.start && x.role === 'main');
  if (named) {
    const inSentence = lastOf(
      earlier,
      (x) => x.label.includes(named) || (x.label.length >= 2 && named.endsWith(x.label)),
    );
    if (inSentence) return { type: 'share', s, pct, part, base: operand(inSentence), baseName: named };
    const concept = namedConcept(named, s.sectionKind);
    const fact = concept ? ctx.facts.get(concept)?.[0] : undefined;
    return {
      type: 'share',
      s,
      pct,
      part,
      base: fact ? operand(fact) : undefined,
      baseConcept: concept,
      baseName: named,
    };
  }
  const mark = lastOf(listMarks(s), (x) => x < part.start);
  if (mark !== undefined) {
    const whole = lastOf(
      earlier,
      (x) => x.start < mark && (x.kind === 'amount' ? x.role === 'main' : x.unit === part.unit),
    );
    if (whole) return { type: 'share', s, pct, part, base: operand(whole), baseName: whole.label };
  }
  // The whole is named at the head of the sentence ("“三公”经费财政拨款支出决算中，公务接待费……占0.87%").
  const first = s.mentions[0];
  const head = s.text.slice(0, Math.max(0, first.start - first.rawLabel.length - s.start)).replace(/[，：、]+$/, '');
  const concept = head ? conceptName(head, s.sectionKind) : undefined;
  if (!concept) return undefined;
  const fact = ctx.facts.get(concept)?.[0];
  const baseName = head.replace(/^\d{4}年度?/, '').replace(/中$/, '');
  return { type: 'share', s, pct, part, base: fact ? operand(fact) : undefined, baseConcept: concept, baseName };
}

function operand(m: Mention): Operand {
  return { shown: m.shown, name: m.label, mention: m };
}

/** Concept of a base named in "占…的": 本年支出合计, 基本支出, 政府采购支出总额 … */
function namedConcept(named: string, kind: string): string | undefined {
  if (/支出合计|本年支出/.test(named)) return 'expense.total';
  if (/收入合计|本年收入/.test(named)) return 'income.total';
  if (/基本支出/.test(named)) return kind === 'basic' ? 'basic.total' : 'expense.basic';
  if (/三公/.test(named)) return 'tp.total';
  if (/政府采购/.test(named)) return 'procurement.total';
  if (/财政拨款支出/.test(named)) return kind === 'general' ? 'general.expense' : 'fiscal.expense';
  return undefined;
}

/** Known breakdowns: a total and the concepts that make it up whole (domain.md, "Relations that must hold"). */
function completeBreakdown(total: Mention, parts: readonly Mention[]): boolean {
  const t = baseConcept(total.concept);
  if (!t || parts.length < 2 || parts.some((p) => !p.concept)) return false;
  const prefix: Record<string, RegExp> = {
    'income.total': /^income\./,
    'expense.total': /^expense\./,
    'basic.total': /^basic\.(personnel|public)$/,
    'general.expense': /^class:/,
    'tp.vehicle': /^tp\.vehicle(Purchase|Operation)$/,
    'tp.total': /^tp\.(abroad|reception|vehicle)$/,
    'fund.expTotal': /^fund\.exp(Basic|Project)$/,
    'soe.expTotal': /^soe\.exp(Basic|Project)$/,
    'procurement.total': /^procurement\.(goods|works|services)$/,
    'assets.vehicles.total': /^assets\.vehicles\./,
  };
  const re = prefix[t];
  return re !== undefined && parts.every((p) => re.test(baseConcept(p.concept)!));
}

function readSums(s: Sentence, claims: Claim[]): void {
  const ms = s.mentions;
  // 总计 = the figures stated before it in the sentence ("收入 A，年初结转和结余 B，总计 C").
  let from = 0;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m.kind !== 'amount' || m.role !== 'main' || !TOTAL_LABEL.test(m.label)) continue;
    const parts = ms.slice(from, i).filter((x) => x.kind === 'amount' && x.role === 'main');
    if (parts.length >= 2) claims.push({ type: 'sum', s, total: m, parts, complete: true });
    from = i + 1;
  }
  // 其中 / 主要用于: the figure before the mark = the figures listed after it.
  const marks = listMarks(s);
  for (let k = 0; k < marks.length; k++) {
    const at = marks[k];
    const stop = marks[k + 1] ?? s.end;
    const total = lastOf(ms, (x) => x.start < at && x.kind !== 'percent' && x.role === 'main');
    if (!total) continue;
    const parts = ms.filter(
      (x) =>
        x.start > at &&
        x.start < stop &&
        x.kind === total.kind &&
        x.role === 'main' &&
        (x.kind === 'amount' || x.unit === total.unit) &&
        !NOT_A_PART.test(x.label),
    );
    if (parts.length === 0) continue;
    claims.push({ type: 'sum', s, total, parts, complete: completeBreakdown(total, parts) });
  }
}
