import { rowColumnFindings, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't02-row-total',
  title: '收入决算表 本年收入合计栏',
  scope: '表内',
  severity: 'error',
  relation: '每一行：本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const parts = ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'].map((col) => ({ col }));
    return rowColumnFindings(meta, d, 'T02', 'total', parts, '各项收入之和');
  },
};
