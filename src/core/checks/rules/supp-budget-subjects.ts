import type { Term, Rule, RuleMeta } from '../types';
import { suppTerm } from '../format';
import { checkSum, compact, SUM_MESSAGE } from '../relation';

export const BUDGET_SUBJECT_PREFIX = 'budget.subject.';

const meta: RuleMeta = {
  id: 'supp-budget-subjects',
  title: '补充信息 年初预算分项合计',
  scope: '补充信息',
  severity: 'error',
  relation: '一般公共预算财政拨款支出年初预算（合计）= 各项科目年初预算之和',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const entries = d.supplementary?.entries ?? {};
    const parts: Term[] = Object.keys(entries)
      .filter((k) => k.startsWith(BUDGET_SUBJECT_PREFIX))
      .map((k) => suppTerm(d, k));
    if (parts.length === 0) return [];
    return compact(
      checkSum(meta, {
        total: suppTerm(d, 'budget.general.expense'),
        parts,
        what: '补充信息 一般公共预算财政拨款支出年初预算（合计）',
        of: '各项科目年初预算之和',
      }),
    );
  },
};
