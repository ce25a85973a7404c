import { itemTerm, tableTitle } from '../format';
import { checkSum, compact, SUM_MESSAGE } from '../relation';
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
    const t = d.tables.T01;
    if (!t) return [];
    // 结余分配 is absent from some layouts: then the total is 本年支出合计 + 年末结转和结余.
    const keys = ['expense.total', 'expense.surplusDistribution', 'expense.carryOut'].filter(
      (k) => k !== 'expense.surplusDistribution' || t.items[k],
    );
    return compact(
      checkSum(meta, {
        total: itemTerm(d, 'T01', 'expense.grand'),
        parts: keys.map((k) => itemTerm(d, 'T01', k)),
        what: `${tableTitle(d, 'T01')} 支出总计`,
        of: '本年支出合计、结余分配与年末结转和结余之和',
      }),
    );
  },
};
