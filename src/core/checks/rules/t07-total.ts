import { itemSum, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

export const T07_SIDES = [
  ['budget', '预算数'],
  ['actual', '决算数'],
] as const;

const meta: RuleMeta = {
  id: 't07-total',
  title: '“三公”经费支出决算表 合计',
  scope: '表内',
  severity: 'error',
  relation: '“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费（预算数、决算数分别计算）',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return T07_SIDES.flatMap(([side, name]) =>
      itemSum(meta, d, 'T07', {
        total: `${side}.total`,
        parts: ['abroad', 'vehicle', 'reception'].map((k) => `${side}.${k}`),
        what: `${name}合计`,
        of: '因公出国（境）费、公务用车购置及运行维护费、公务接待费之和',
      }),
    );
  },
};
