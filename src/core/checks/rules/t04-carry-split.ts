import { itemSum, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't04-carry-split',
  title: '财政拨款收入支出决算总表 年初、年末结转和结余分项',
  scope: '表内',
  severity: 'error',
  relation: '年初（年末）财政拨款结转和结余 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 三项之和',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const split = (base: string, name: string) =>
      itemSum(meta, d, 'T04', {
        total: `${base}.total`,
        parts: ['general', 'fund', 'soe'].map((k) => `${base}.${k}`),
        what: name,
        of: '一般公共预算、政府性基金预算、国有资本经营预算三项之和',
      });
    return [...split('carryIn', '年初财政拨款结转和结余'), ...split('carryOut', '年末财政拨款结转和结余')];
  },
};
