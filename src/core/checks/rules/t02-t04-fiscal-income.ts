import { itemTerm, tableTitle, totalRowTerm } from '../format';
import { checkEqual, compact, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't02-t04-fiscal-income',
  title: '收入决算表与财政拨款收入支出决算总表 财政拨款收入一致',
  scope: '表间',
  severity: 'error',
  relation: '收入决算表 合计行财政拨款收入 = 财政拨款收入支出决算总表 本年收入合计',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    if (!d.tables.T02?.totalRow || !d.tables.T04) return [];
    return compact(
      checkEqual(
        meta,
        totalRowTerm(d, 'T02', 'fiscal'),
        itemTerm(d, 'T04', 'income.total'),
        `${tableTitle(d, 'T02')} 合计行财政拨款收入`,
        `${tableTitle(d, 'T04')} 本年收入合计`,
      ),
    );
  },
};
