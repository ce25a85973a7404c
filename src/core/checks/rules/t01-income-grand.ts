import { itemSum, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't01-income-grand',
  title: '收入支出决算总表 收入总计',
  scope: '表内',
  severity: 'error',
  relation: '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return itemSum(meta, d, 'T01', {
      total: 'income.grand',
      parts: ['income.total', 'income.useNonFiscalBalance', 'income.carryIn'],
      // 使用非财政拨款结余 is absent from some provinces' layouts: then the total is 本年收入合计 + 年初结转和结余.
      optional: ['income.useNonFiscalBalance'],
      what: '收入总计',
      of: '本年收入合计、使用非财政拨款结余与年初结转和结余之和',
    });
  },
};
