import { itemTerm, tableTitle, totalRowTerm } from '../format';
import { checkEqual, compact, matchByCode, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't04-t05-general',
  title: '财政拨款收入支出决算总表与一般公共预算财政拨款支出决算表 一致',
  scope: '表间',
  severity: 'error',
  relation:
    '财政拨款收入支出决算总表 一般公共预算财政拨款支出：本年支出合计 = 一般公共预算财政拨款支出决算表 合计行合计；各类 = 同一类科目的合计',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const t4 = d.tables.T04;
    const t5 = d.tables.T05;
    if (!t4 || !t5) return [];
    return compact(
      t5.totalRow &&
        checkEqual(
          meta,
          itemTerm(d, 'T04', 'expense.total.general'),
          totalRowTerm(d, 'T05', 'total'),
          `${tableTitle(d, 'T04')} 本年支出合计（一般公共预算财政拨款）`,
          `${tableTitle(d, 'T05')} 合计行合计`,
        ),
      t4.rows.length && t4.columns.includes('general')
        ? matchByCode(
            meta,
            d,
            { id: 'T04', rows: t4.rows, col: 'general' },
            { id: 'T05', rows: t5.rows.filter((r) => r.code.length === 3), col: 'total' },
          )
        : [],
    );
  },
};
