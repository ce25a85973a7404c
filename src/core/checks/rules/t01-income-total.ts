import { itemSum, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

/** The eight income lines of 收入支出决算总表 (domain.md, table 01). */
export const T01_INCOME_KEYS = [
  'income.fiscalGeneral',
  'income.fiscalFund',
  'income.fiscalSoe',
  'income.superior',
  'income.business',
  'income.operating',
  'income.affiliated',
  'income.other',
] as const;

const meta: RuleMeta = {
  id: 't01-income-total',
  title: '收入支出决算总表 本年收入合计',
  scope: '表内',
  severity: 'error',
  relation:
    '本年收入合计 = 一般公共预算财政拨款收入 + 政府性基金预算财政拨款收入 + 国有资本经营预算财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return itemSum(meta, d, 'T01', {
      total: 'income.total',
      parts: T01_INCOME_KEYS,
      // An income line the layout does not print is left out of the sum.
      optional: T01_INCOME_KEYS,
      what: '本年收入合计',
      of: '各项收入之和',
    });
  },
};
