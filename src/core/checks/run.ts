import { Dec } from '../decimal/dec';
import { refToString } from '../grid/grid';
import type { Disclosure, Problem } from '../model/types';
import { RULES } from './rules';
import { applyWaivers } from './waivers';
import { foldBlankTotals } from './blank-totals';
import { notRunFinding, NOT_RUN_RULE, watchedDisclosure, type Lacks } from './not-run';
import {
  SEVERITIES,
  type CheckOptions,
  type CheckResult,
  type CheckTally,
  type Finding,
  type FindingCell,
  type Rule,
  type RuleContext,
} from './types';

export const DEFAULT_OPTIONS: RuleContext['options'] = {
  budgetVariancePercent: Dec.from(20),
  otherSharePercent: Dec.from(20),
};

const RANK = new Map(SEVERITIES.map((s, i) => [s, i]));

/**
 * Runs the rule catalogue on a disclosure model: findings sorted errors first (then warnings, 舍位差异, 提示),
 * in catalogue order within a severity; waived warnings carry their reason and are counted as accepted.
 */
export function runChecks(
  disclosure: Disclosure,
  options: CheckOptions = {},
  rules: readonly Rule[] = RULES,
): CheckResult {
  const ctx: RuleContext = {
    disclosure,
    options: {
      budgetVariancePercent: options.budgetVariancePercent ?? DEFAULT_OPTIONS.budgetVariancePercent,
      otherSharePercent: options.otherSharePercent ?? DEFAULT_OPTIONS.otherSharePercent,
    },
  };
  const raw: Finding[] = disclosure.problems.map(problemFinding);
  const notRun: Finding[] = [];
  for (const rule of rules) {
    const lacks: Lacks = new Set();
    try {
      const found = rule.check({ ...ctx, disclosure: watchedDisclosure(disclosure, lacks) });
      raw.push(...found);
      const skipped = notRunFinding(rule, lacks, found.length);
      if (skipped) notRun.push(skipped);
    } catch (e) {
      // A rule that breaks must not hide the others' findings; say which one so it can be reported.
      raw.push({
        rule: rule.meta.id,
        severity: 'warning',
        message: `规则 ${rule.meta.id}（${rule.meta.title}）未能完成检查：${e instanceof Error ? e.message : String(e)}`,
        cells: [],
        fingerprint: `${rule.meta.id}|crash`,
      });
    }
  }
  const findings = applyWaivers([...foldBlankTotals(raw, disclosure), ...notRun], options.waivers ?? new Map())
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK.get(a.f.severity)! - RANK.get(b.f.severity)! || a.i - b.i)
    .map((x) => x.f);
  return { findings, summary: summarise(findings) };
}

/**
 * What the mapping and model building could not read (a missing table, an unreadable cell) is part of the answer
 * to "can this be submitted?": it is listed with the findings under its problem code.
 */
export function problemFinding(p: Problem): Finding {
  const cells: FindingCell[] = p.cell
    ? [{ cell: p.cell, ref: refToString(p.cell), role: 'other', label: p.message }]
    : [];
  return {
    rule: p.code,
    severity: p.severity,
    message: p.message,
    cells,
    fingerprint: `${p.code}|${cells.map((c) => c.ref).join(',') || (p.table ?? p.sheet ?? p.message)}`,
  };
}

export function summarise(findings: readonly Finding[]): CheckTally {
  const s = { error: 0, warning: 0, rounding: 0, info: 0, accepted: 0, notRun: 0 };
  for (const f of findings) {
    if (f.waiver) s.accepted++;
    else s[f.severity]++;
    if (f.rule === NOT_RUN_RULE) s.notRun++;
  }
  // notRun only when some check did not run: the counts keep their shape otherwise.
  const { notRun, ...counts } = s;
  return notRun ? s : counts;
}
