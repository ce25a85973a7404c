import { itemSum, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't04-income-total',
  title: '财政拨款收入支出决算总表 本年收入合计',
  scope: '表内',
  severity: 'error',
  relation: '本年收入合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return itemSum(meta, d, 'T04', {
      total: 'income.total',
      parts: ['income.general', 'income.fund', 'income.soe'],
      what: '本年收入合计',
      of: '三类财政拨款收入之和',
    });
  },
};
