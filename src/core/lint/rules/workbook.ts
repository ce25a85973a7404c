import { Dec } from '../../decimal/dec';
import { compareEqual, compareWithTolerance, percentConsistent, type Shown } from '../../decimal/interval';
import type { Claim } from '../claims';
import { baseConcept } from '../concepts';
import type { LintContext } from '../context';
import { amountText, percentText } from '../format';
import { modelValue, type ModelValue } from '../model-figures';
import type { Mention } from '../types';
import type { LintRule } from './rule';

/**
 * The workbook (决算表与补充信息): every figure of part 三 equals the table cell it names (domain.md,
 * "Narrative ↔ tables"). Also fills in what the text leaves out: the base of a share named only by words
 * ("占本年支出合计的100%") and the 上年 figure of a change stated only as Δ and %.
 */
export const messages = {
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

function figures(ctx: LintContext): void {
  const d = ctx.disclosure;
  if (!d) return;
  for (const m of ctx.mentions) {
    if (!m.concept) continue;
    const v = modelValue(d, m.concept);
    const s = v && modelShown(v);
    if (!v || !s) continue;
    const r = m.kind === 'count' ? compareWithTolerance(m.value, s.value, s.half) : compareWithCell(m, s);
    if (r.status === 'exact') {
      ctx.ok(m);
      continue;
    }
    const model = m.kind === 'count' ? s.value.toFixed(0) : amountText(s.value);
    ctx.report({
      rule: 'workbook-mismatch',
      severity: r.status === 'rounding' ? 'rounding' : 'error',
      start: m.start,
      end: m.end,
      message: messages.mismatch(written(m), v.where, model) + (r.status === 'rounding' ? '（舍位差异）' : ''),
      expected: model,
      actual: m.value.toFixed(m.decimals),
      suggestion: r.status === 'error' ? model : undefined,
      wrong: [m],
    });
  }
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
    const role = /预算/.test(c.diff.rawLabel) ? '@budget' : '@prior';
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
        wrong: [c.pct],
      });
    }
  }
}

export const workbookRules: readonly LintRule[] = [
  {
    id: 'workbook-mismatch',
    title: '与决算表（或补充信息）数字不符',
    severity: 'error',
    family: 'workbook',
    check: (ctx, claims) => {
      figures(ctx);
      shares(ctx, claims);
      priors(ctx, claims);
    },
  },
];
