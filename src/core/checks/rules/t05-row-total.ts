import { rowColumnFindings, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't05-row-total',
  title: '一般公共预算财政拨款支出决算表 合计栏',
  scope: '表内',
  severity: 'error',
  relation: '每一行：合计 = 基本支出 + 项目支出',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return rowColumnFindings(meta, d, 'T05', 'total', [{ col: 'basic' }, { col: 'project' }], '基本支出与项目支出之和');
  },
};
