import { itemTerm, tableTitle, totalRowTerm } from '../format';
import { checkSum, compact, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't05-t06-basic',
  title: '一般公共预算财政拨款支出决算表与基本支出决算明细表 基本支出一致',
  scope: '表间',
  severity: 'error',
  relation: '一般公共预算财政拨款支出决算表 合计行基本支出 = 基本支出决算明细表 人员经费合计 + 公用经费合计',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    if (!d.tables.T05?.totalRow || !d.tables.T06) return [];
    return compact(
      checkSum(meta, {
        total: totalRowTerm(d, 'T05', 'basic'),
        parts: [itemTerm(d, 'T06', 'personnelTotal'), itemTerm(d, 'T06', 'publicTotal')],
        what: `${tableTitle(d, 'T05')} 合计行基本支出`,
        of: `${tableTitle(d, 'T06')} 人员经费合计与公用经费合计之和`,
      }),
    );
  },
};
