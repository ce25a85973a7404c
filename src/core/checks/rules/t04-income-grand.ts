import { itemSum, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't04-income-grand',
  title: '财政拨款收入支出决算总表 收入总计',
  scope: '表内',
  severity: 'error',
  relation: '收入总计 = 本年收入合计 + 年初财政拨款结转和结余',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return itemSum(meta, d, 'T04', {
      total: 'income.grand',
      parts: ['income.total', 'carryIn.total'],
      what: '收入总计',
      of: '本年收入合计与年初财政拨款结转和结余之和',
    });
  },
};
