import { Dec } from '../../decimal/dec';
import { compareEqual, compareWithTolerance, percentConsistent, type Shown } from '../../decimal/interval';
import type { Claim } from '../claims';
import { baseConcept } from '../concepts';
import type { LintContext } from '../context';
import { amountText, percentText } from '../format';
import { withoutFundNames } from '../mentions';
import { cellOf, modelValue, modelValues, type ModelValue } from '../model-figures';
import type { Mention } from '../types';
import { reportZeroRate } from './form';
import type { LintRule } from './rule';

/**
 * The workbook (决算表与补充信息): every figure of part 三 equals the table cell it names (domain.md,
 * "Narrative ↔ tables"). Also fills in what the text leaves out: the base of a share named only by words
 * ("占本年支出合计的100%") and the 上年 figure of a change stated only as Δ and %.
 */
export const messages = {
  confused: (named: string, is: string, text: string, namedAt: ModelValue, isAt: ModelValue) =>
    `“${named}”与“${is}”是不同的数：文中 ${text} 是${isAt.where}，而${namedAt.where}为 ${amountText(namedAt.figure?.value ?? Dec.ZERO)}；请把“${named}”改为“${is}”，或改用${named}的数字`,
  mismatch: (text: string, where: string, model: string) => `与决算表不符：${where}为 ${model}，文中为 ${text}`,
  share: (stated: string, expected: string, part: string, where: string, base: string) =>
    `占比应为 ${expected}（${part} ÷ ${where} ${base}），文中为 ${stated}`,
  prior: (what: string, expected: string, where: string, prior: string, stated: string) =>
    `${what}应为 ${expected}（按${where} ${prior} 计算），文中为 ${stated}`,
};

const modelShown = (v: ModelValue): Shown | undefined =>
  v.figure
    ? { value: v.figure.value, half: v.figure.half }
    : v.number
      ? { value: v.number, half: Dec.ZERO }
      : undefined;

function written(m: Mention): string {
  return m.value.toFixed(m.decimals) + (m.kind === 'amount' ? '万元' : m.unit);
}

/**
 * The text should show the cell rounded half-up to the text's decimals: that is exact. A different figure is a
 * rounding difference only when the cell is kept at another precision (a table in 元 against a text in 万元) and
 * the two intervals meet; the same precision shown differently is an error.
 */
function compareWithCell(m: Mention, cell: Shown): { status: 'exact' | 'rounding' | 'error' } {
  const places = m.decimals === 0 ? 2 : m.decimals;
  if (cell.value.round(places).eq(m.value)) return { status: 'exact' };
  if (cell.half.eq(m.shown.half)) return { status: 'error' };
  return compareEqual(m.shown, cell);
}

/**
 * Totals a text confuses (capability 1): the figure named by one label that is in fact the other one's. When the
 * written figure is the workbook's figure for the confused concept, the label is what is wrong, not the number.
 */
const CONFUSABLE: Readonly<Record<string, readonly string[]>> = {
  grand: ['income.total', 'expense.total'],
  'income.grand': ['income.total'],
  'expense.grand': ['expense.total'],
  'income.total': ['grand', 'income.grand'],
  'expense.total': ['grand', 'expense.grand'],
  'fiscal.grand': ['fiscal.income', 'fiscal.expense'],
  'fiscal.income.grand': ['fiscal.income'],
  'fiscal.expense.grand': ['fiscal.expense'],
  'fiscal.income': ['fiscal.grand', 'fiscal.income.grand'],
  'fiscal.expense': ['fiscal.grand', 'fiscal.expense.grand'],
};

const LABELS: Readonly<Record<string, string>> = {
  grand: '收入支出总计',
  'income.grand': '收入总计',
  'expense.grand': '支出总计',
  'income.total': '本年收入合计',
  'expense.total': '本年支出合计',
  'fiscal.grand': '财政拨款收入支出总计',
  'fiscal.income.grand': '财政拨款收入总计',
  'fiscal.expense.grand': '财政拨款支出总计',
  'fiscal.income': '财政拨款本年收入合计',
  'fiscal.expense': '财政拨款本年支出合计',
};

function cellStatus(m: Mention, v: ModelValue) {
  const s = modelShown(v);
  if (!s) return undefined;
  const r = m.kind === 'count' ? compareWithTolerance(m.value, s.value, s.half) : compareWithCell(m, s);
  return { status: r.status, shown: s, v };
}

function matches(ctx: LintContext, m: Mention) {
  return modelValues(ctx.disclosure!, m.concept!)
    .map((v) => cellStatus(m, v))
    .filter((x) => x !== undefined);
}

/** Capability 1: a total named by the wrong label. Runs before workbook-mismatch, which then leaves the figure alone. */
function totalConcepts(ctx: LintContext): void {
  const d = ctx.disclosure;
  if (!d) return;
  for (const m of ctx.mentions) {
    if (!m.concept || !CONFUSABLE[m.concept]) continue;
    const results = matches(ctx, m);
    if (results.length === 0 || results.some((r) => r.status !== 'error')) continue;
    const other = CONFUSABLE[m.concept].find((k) =>
      modelValues(d, k).some((v) => cellStatus(m, v)?.status === 'exact'),
    );
    if (other) confused(ctx, m, m.concept, other, results[0].v, modelValues(d, other)[0]);
  }
}

/** Tag of a number whose label total-concept reported (the number itself is right). */
export const LABEL_REPORTED = 'label-reported';

function figures(ctx: LintContext): void {
  const d = ctx.disclosure;
  if (!d) return;
  for (const m of ctx.mentions) {
    if (!m.concept || ctx.blamed(m) || ctx.noted(m, LABEL_REPORTED)) continue;
    const results = matches(ctx, m);
    if (results.length === 0) continue;
    if (results.some((r) => r.status === 'exact')) {
      ctx.ok(m);
      continue;
    }
    const r = results.find((x) => x.status === 'rounding') ?? results[0];
    const model = m.kind === 'count' ? r.shown.value.toFixed(0) : amountText(r.shown.value);
    // The right value is certain only when every printing of the amount says the same.
    const certain = results.every((x) => x.shown.value.round(2).eq(r.shown.value.round(2)));
    ctx.report({
      rule: 'workbook-mismatch',
      severity: r.status === 'rounding' ? 'rounding' : 'error',
      start: m.start,
      end: m.end,
      message: messages.mismatch(written(m), r.v.where, model) + (r.status === 'rounding' ? '（舍位差异）' : ''),
      expected: model,
      actual: m.value.toFixed(m.decimals),
      suggestion: r.status === 'error' && certain ? model : undefined,
      cells: results.flatMap((x) => cellOf(x.v)),
      wrong: [m],
    });
  }
}

/** "收入总计 149.23 万元" where 149.23 is 本年收入合计: the label is wrong (total-concept), the figure is right. */
function confused(
  ctx: LintContext,
  m: Mention,
  named: string,
  is: string,
  namedAt: ModelValue,
  isAt: ModelValue,
): void {
  const at = ctx.norm.text.lastIndexOf(labelTail(named), m.start);
  const start = at >= 0 && at >= m.start - m.rawLabel.length ? at : m.start - m.rawLabel.length;
  ctx.report({
    rule: 'total-concept',
    severity: 'error',
    start,
    end: m.end,
    message: messages.confused(LABELS[named] ?? named, LABELS[is] ?? is, written(m), namedAt, isAt),
    expected: LABELS[is],
    actual: LABELS[named],
    cells: [...cellOf(isAt), ...cellOf(namedAt)],
  });
  ctx.ok(m);
  ctx.note(m, LABEL_REPORTED);
}

/** The words of the label that name the concept ("总计", "收入总计" …), to quote them with the figure. */
function labelTail(concept: string): string {
  if (/grand$/.test(concept))
    return /income\.grand/.test(concept) ? '收入总计' : /expense\.grand/.test(concept) ? '支出总计' : '总计';
  return /income|fiscal\.income/.test(concept) ? '收入' : '支出';
}

function shares(ctx: LintContext, claims: readonly Claim[]): void {
  const d = ctx.disclosure;
  if (!d) return;
  for (const c of claims) {
    if (c.type !== 'share' || c.base || !c.baseConcept) continue;
    const v = modelValue(d, c.baseConcept);
    const base = v && modelShown(v);
    if (!v || !base || base.value.isZero()) continue;
    const r = percentConsistent(c.pct.shown, c.part.shown, base);
    if (r.status === 'exact') {
      ctx.ok(c.pct, c.part);
      continue;
    }
    if (!r.expected) continue;
    ctx.report({
      rule: 'share-percent',
      severity: r.status === 'rounding' ? 'rounding' : 'error',
      start: c.pct.start,
      end: c.pct.end,
      message: messages.share(
        percentText(c.pct.value),
        percentText(r.expected),
        c.part.value.toFixed(c.part.decimals),
        v.where,
        amountText(base.value),
      ),
      expected: percentText(r.expected),
      actual: percentText(c.pct.value),
      suggestion: r.status === 'error' ? percentText(r.expected) : undefined,
      cells: cellOf(v),
      wrong: [c.pct],
    });
  }
}

/**
 * A completion rate given without its budget ("公务接待费支出决算0.07万元，完成预算的0.30%"): the budget of that
 * very item comes from the workbook (表7 or 补充信息) — a zero there is a zero base (capability 3), whatever the
 * section total's budget is.
 */
function rates(ctx: LintContext, claims: readonly Claim[]): void {
  const d = ctx.disclosure;
  if (!d) return;
  for (const c of claims) {
    if (c.type !== 'rate' || c.budget || c.kind === 'adjusted' || ctx.blamed(c.actual)) continue;
    const concept = baseConcept(c.actual.concept);
    const v = concept ? modelValue(d, concept + '@budget') : undefined;
    const budget = v && modelShown(v);
    if (!v || !budget) continue;
    if (budget.value.isZero()) {
      reportZeroRate(ctx, c.pct, c.actual.value.isZero(), c.kind === 'initial', v.where);
      continue;
    }
    const r = percentConsistent(c.pct.shown, c.actual.shown, budget);
    if (r.status === 'exact') {
      ctx.ok(c.pct);
      continue;
    }
    if (!r.expected) continue;
    ctx.report({
      rule: 'completion-rate',
      severity: r.status === 'rounding' ? 'rounding' : 'error',
      start: c.pct.start,
      end: c.pct.end,
      message: `完成率应为 ${percentText(r.expected)}（决算 ${amountText(c.actual.value)} ÷ ${v.where} ${amountText(budget.value)}），文中为 ${percentText(c.pct.value)}`,
      expected: percentText(r.expected),
      actual: percentText(c.pct.value),
      suggestion: r.status === 'error' ? percentText(r.expected) : undefined,
      cells: cellOf(v),
      wrong: [c.pct],
    });
  }
}

/** A change given only as Δ and % ("与上年相比减少1.76万元，减少18.03%"): check both against the 上年 (or 年初预算) figure. */
function priors(ctx: LintContext, claims: readonly Claim[]): void {
  const d = ctx.disclosure;
  if (!d) return;
  for (const c of claims) {
    if (c.type !== 'change' || c.base.mention || !c.diff) continue;
    const concept = baseConcept(c.current.concept);
    // "比年初预算数增加…" compares with the budget, "与上年相比…" with the prior year.
    const role = /预算/.test(withoutFundNames(c.diff.rawLabel)) ? '@budget' : '@prior';
    const v = concept ? modelValue(d, concept + role) : undefined;
    const prior = v && modelShown(v);
    if (!v || !prior) continue;
    const delta = c.current.value.sub(prior.value).abs();
    const dr = compareWithTolerance(c.diff.value, delta, c.diff.shown.half.add(c.current.shown.half).add(prior.half));
    // Δ agrees with the model: the percentage is the change-percent rule's (same base), nothing new to say.
    if (dr.status !== 'error') continue;
    {
      ctx.report({
        rule: 'workbook-mismatch',
        severity: 'error',
        start: c.diff.start,
        end: c.diff.end,
        message: messages.prior(
          '增减额',
          amountText(delta),
          v.where,
          amountText(prior.value),
          amountText(c.diff.value),
        ),
        expected: amountText(delta),
        actual: amountText(c.diff.value),
        suggestion: amountText(delta),
        cells: cellOf(v),
        wrong: [c.diff],
      });
    }
    if (prior.value.isZero()) continue;
    const r = percentConsistent(c.pct.shown, { value: delta, half: c.current.shown.half.add(prior.half) }, prior);
    if (r.status === 'error' && r.expected) {
      ctx.report({
        rule: 'workbook-mismatch',
        severity: 'error',
        start: c.pct.start,
        end: c.pct.end,
        message: messages.prior(
          '增减幅度',
          percentText(r.expected),
          v.where,
          amountText(prior.value),
          percentText(c.pct.value),
        ),
        expected: percentText(r.expected),
        actual: percentText(c.pct.value),
        suggestion: percentText(r.expected),
        cells: cellOf(v),
        wrong: [c.pct],
      });
    }
  }
}

export const workbookRules: readonly LintRule[] = [
  {
    id: 'total-concept',
    title: '总计、合计混用（收入支出总计／收入总计／本年收入合计不是同一个数）',
    severity: 'error',
    family: 'workbook',
    check: (ctx) => totalConcepts(ctx),
  },
  {
    id: 'workbook-mismatch',
    title: '与决算表（或补充信息）数字不符',
    severity: 'error',
    family: 'workbook',
    check: (ctx, claims) => {
      figures(ctx);
      shares(ctx, claims);
      rates(ctx, claims);
      priors(ctx, claims);
    },
  },
];
