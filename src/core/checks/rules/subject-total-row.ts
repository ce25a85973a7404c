import { totalRowFindings, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';
import { SUBJECT_TABLES } from './subject-rollup';

const meta: RuleMeta = {
  id: 'subject-total-row',
  title: '科目表合计行',
  scope: '表内',
  severity: 'error',
  relation:
    '合计行 = 各类科目之和（收入决算表、支出决算表、一般公共预算财政拨款支出决算表、政府性基金和国有资本经营预算财政拨款表，每一栏分别计算）',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return SUBJECT_TABLES.flatMap((id) => totalRowFindings(meta, d, id));
  },
};
