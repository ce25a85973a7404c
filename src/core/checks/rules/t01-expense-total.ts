import { itemTerm, rowTerm, tableTitle } from '../format';
import { checkSum, compact, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't01-expense-total',
  title: '收入支出决算总表 本年支出合计',
  scope: '表内',
  severity: 'error',
  relation: '本年支出合计 = 各功能分类类级支出之和',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const t = d.tables.T01;
    if (!t || t.rows.length === 0) return [];
    return compact(
      checkSum(meta, {
        total: itemTerm(d, 'T01', 'expense.total'),
        parts: t.rows.map((r) => rowTerm(d, 'T01', r, 'amount')),
        what: `${tableTitle(d, 'T01')} 本年支出合计`,
        of: '各类支出之和',
      }),
    );
  },
};
