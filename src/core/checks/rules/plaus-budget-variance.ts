import { Dec } from '../../decimal/dec';
import type { Figure } from '../../model/types';
import { fingerprint, findingCell, money, percent, suppTerm, tableTitle, totalRowTerm, rowTerm } from '../format';
import type { Finding, Rule, RuleMeta, Term } from '../types';
import { BUDGET_SUBJECT_PREFIX } from './supp-budget-subjects';

const filled = (f: Figure | undefined): f is Figure => f !== undefined && f.state === 'number';

/**
 * 决算 vs 年初预算 (久其 合理性审核): a change of more than the threshold share of the budget needs a reason
 * (情况说明 五（三）"决算数与年初预算数的差异原因"). Only budgets the user has filled in are compared.
 */
function variance(meta: RuleMeta, actual: Term, budget: Term, what: string, threshold: Dec): Finding | undefined {
  const b = budget.figure;
  const a = actual.figure;
  if (!filled(b) || !a || a.state === 'invalid') return undefined;
  const diff = a.value.sub(b.value);
  if (diff.isZero()) return undefined;
  let share: Dec | undefined;
  if (!b.value.isZero()) {
    share = diff.abs().mul(Dec.HUNDRED).div(b.value.abs(), 6);
    if (share.lte(threshold)) return undefined;
  }
  const cells = [findingCell(actual, 'other')!, findingCell(budget, 'other')!];
  const direction = diff.sign() > 0 ? '超过' : '低于';
  const message = share
    ? `${what} 决算数 ${money(a.value)} ${direction}年初预算 ${money(b.value)} ${percent(share)}（差额 ${money(diff)}），超过 ${percent(threshold)}，需说明原因`
    : `${what} 年初预算为 0，决算数 ${money(a.value)}，需说明原因（如年中追加）`;
  return {
    rule: meta.id,
    severity: meta.severity,
    message,
    cells,
    expected: b.value,
    actual: a.value,
    difference: diff,
    suggestion: '在补充信息“决算与年初预算差异原因”中填写原因，或在此确认说明',
    fingerprint: fingerprint(meta.id, cells),
  };
}

const meta: RuleMeta = {
  id: 'plaus-budget-variance',
  title: '决算与年初预算差异较大',
  scope: '补充信息',
  severity: 'warning',
  relation: '一般公共预算财政拨款支出 决算数与年初预算数之差不超过年初预算的 20%（阈值可设；按项级科目和合计分别计算）',
  message: '{what} 决算数 {actual} {direction}年初预算 {expected} {share}，超过 {threshold}，需说明原因',
};

export const rule: Rule = {
  meta,
  check({ disclosure: d, options }) {
    const t5 = d.tables.T05;
    const entries = d.supplementary?.entries ?? {};
    if (!t5) return [];
    const title = tableTitle(d, 'T05');
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const row of t5.rows) {
      const key = `${BUDGET_SUBJECT_PREFIX}${row.code}`;
      if (!entries[key]) continue;
      seen.add(key);
      const f = variance(
        meta,
        rowTerm(d, 'T05', row, 'total'),
        suppTerm(d, key),
        `${title} ${row.code} ${row.name}`,
        options.budgetVariancePercent,
      );
      if (f) out.push(f);
    }
    // A budgeted 项 with no spending at all is not printed in table 05: its 决算 is 0.
    for (const key of Object.keys(entries)) {
      if (!key.startsWith(BUDGET_SUBJECT_PREFIX) || seen.has(key)) continue;
      const b = entries[key].figure;
      if (!filled(b) || b.value.isZero()) continue;
      const cells = [findingCell(suppTerm(d, key), 'other')!];
      out.push({
        rule: meta.id,
        severity: meta.severity,
        message: `${entries[key].label}（${key.slice(BUDGET_SUBJECT_PREFIX.length)}）年初预算 ${money(b.value)}，但${title}中没有该科目的支出，需说明原因`,
        cells,
        expected: b.value,
        actual: Dec.ZERO,
        difference: b.value.neg(),
        suggestion: '核对科目编码是否一致；如确未支出，请说明原因',
        fingerprint: fingerprint(meta.id, cells),
      });
    }
    if (t5.totalRow) {
      const f = variance(
        meta,
        totalRowTerm(d, 'T05', 'total'),
        suppTerm(d, 'budget.general.expense'),
        `${title} 合计`,
        options.budgetVariancePercent,
      );
      if (f) out.push(f);
    }
    return out;
  },
};
