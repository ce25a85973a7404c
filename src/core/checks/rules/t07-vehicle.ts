import { itemSum, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';
import { T07_SIDES } from './t07-total';

const meta: RuleMeta = {
  id: 't07-vehicle',
  title: '“三公”经费支出决算表 公务用车小计',
  scope: '表内',
  severity: 'error',
  relation: '公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费（预算数、决算数分别计算）',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return T07_SIDES.flatMap(([side, name]) =>
      itemSum(meta, d, 'T07', {
        total: `${side}.vehicle`,
        parts: ['vehiclePurchase', 'vehicleOperation'].map((k) => `${side}.${k}`),
        what: `公务用车购置及运行维护费${name}`,
        of: '公务用车购置费与公务用车运行维护费之和',
      }),
    );
  },
};
