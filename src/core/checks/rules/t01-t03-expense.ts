import { itemTerm, tableTitle, totalRowTerm } from '../format';
import { checkEqual, compact, matchByCode, SUM_MESSAGE, topRows } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't01-t03-expense',
  title: '收入支出决算总表与支出决算表 支出一致',
  scope: '表间',
  severity: 'error',
  relation:
    '收入支出决算总表 本年支出合计 = 支出决算表 合计行本年支出合计；各类支出 = 支出决算表 同一类科目的本年支出合计',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const t1 = d.tables.T01;
    const t3 = d.tables.T03;
    if (!t1 || !t3) return [];
    return compact(
      t3.totalRow &&
        checkEqual(
          meta,
          itemTerm(d, 'T01', 'expense.total'),
          totalRowTerm(d, 'T03', 'total'),
          `${tableTitle(d, 'T01')} 本年支出合计`,
          `${tableTitle(d, 'T03')} 合计行本年支出合计`,
        ),
      t1.rows.length
        ? matchByCode(
            meta,
            d,
            { id: 'T01', rows: t1.rows, col: 'amount' },
            { id: 'T03', rows: topRows(t3.rows).filter((r) => r.code.length === 3), col: 'total' },
          )
        : [],
    );
  },
};
