import { rowColumnFindings, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't03-row-total',
  title: '支出决算表 本年支出合计栏',
  scope: '表内',
  severity: 'error',
  relation: '每一行：本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const parts = ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'].map((col) => ({ col }));
    return rowColumnFindings(meta, d, 'T03', 'total', parts, '各项支出之和');
  },
};
