import type { TableId } from '../../model/types';
import { rollupFindings, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

/** 科目 tables whose rows roll up 项 → 款 → 类 (domain.md: 02, 03, 05, 08, 09). */
export const SUBJECT_TABLES: readonly TableId[] = ['T02', 'T03', 'T05', 'T08', 'T09'];

const meta: RuleMeta = {
  id: 'subject-rollup',
  title: '功能分类科目逐级汇总',
  scope: '表内',
  severity: 'error',
  relation:
    '类 = 所属各款之和，款 = 所属各项之和（收入决算表、支出决算表、一般公共预算财政拨款支出决算表、政府性基金和国有资本经营预算财政拨款表，每一栏分别计算）',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return SUBJECT_TABLES.flatMap((id) => rollupFindings(meta, d, id));
  },
};
