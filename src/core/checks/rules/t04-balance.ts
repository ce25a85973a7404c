import { itemTerm, tableTitle } from '../format';
import { checkEqual, compact, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't04-balance',
  title: '财政拨款收入支出决算总表 收支总计平衡',
  scope: '表内',
  severity: 'error',
  relation: '收入总计 = 支出总计（合计栏）',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    if (!d.tables.T04) return [];
    return compact(
      checkEqual(
        meta,
        itemTerm(d, 'T04', 'income.grand'),
        itemTerm(d, 'T04', 'expense.grand.total'),
        `${tableTitle(d, 'T04')} 收入总计`,
        '支出总计',
      ),
    );
  },
};
