import { itemTerm, tableTitle } from '../format';
import { checkSum, compact, SUM_MESSAGE } from '../relation';
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
    if (!d.tables.T07) return [];
    return compact(
      T07_SIDES.map(([side, name]) =>
        checkSum(meta, {
          total: itemTerm(d, 'T07', `${side}.total`),
          parts: ['abroad', 'vehicle', 'reception'].map((k) => itemTerm(d, 'T07', `${side}.${k}`)),
          what: `${tableTitle(d, 'T07')} ${name}合计`,
          of: '因公出国（境）费、公务用车购置及运行维护费、公务接待费之和',
        }),
      ),
    );
  },
};
