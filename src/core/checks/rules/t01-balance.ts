import { itemTerm, tableTitle } from '../format';
import { checkEqual, compact, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't01-balance',
  title: '收入支出决算总表 收支总计平衡',
  scope: '表内',
  severity: 'error',
  relation: '收入总计 = 支出总计',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    if (!d.tables.T01) return [];
    const t = tableTitle(d, 'T01');
    return compact(
      checkEqual(
        meta,
        itemTerm(d, 'T01', 'income.grand'),
        itemTerm(d, 'T01', 'expense.grand'),
        `${t} 收入总计`,
        '支出总计',
      ),
    );
  },
};
