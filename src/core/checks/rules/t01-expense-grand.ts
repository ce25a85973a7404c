import { itemSum, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't01-expense-grand',
  title: '收入支出决算总表 支出总计',
  scope: '表内',
  severity: 'error',
  relation: '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return itemSum(meta, d, 'T01', {
      total: 'expense.grand',
      parts: ['expense.total', 'expense.surplusDistribution', 'expense.carryOut'],
      // 结余分配 is absent from some layouts: then the total is 本年支出合计 + 年末结转和结余.
      optional: ['expense.surplusDistribution'],
      what: '支出总计',
      of: '本年支出合计、结余分配与年末结转和结余之和',
    });
  },
};
