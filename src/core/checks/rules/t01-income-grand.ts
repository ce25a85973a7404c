import { itemTerm, tableTitle } from '../format';
import { checkSum, compact, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't01-income-grand',
  title: '收入支出决算总表 收入总计',
  scope: '表内',
  severity: 'error',
  relation: '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const t = d.tables.T01;
    if (!t) return [];
    // 使用非财政拨款结余 is absent from some provinces' layouts: then the total is 本年收入合计 + 年初结转和结余.
    const keys = ['income.total', 'income.useNonFiscalBalance', 'income.carryIn'].filter(
      (k) => k !== 'income.useNonFiscalBalance' || t.items[k],
    );
    return compact(
      checkSum(meta, {
        total: itemTerm(d, 'T01', 'income.grand'),
        parts: keys.map((k) => itemTerm(d, 'T01', k)),
        what: `${tableTitle(d, 'T01')} 收入总计`,
        of: '本年收入合计、使用非财政拨款结余与年初结转和结余之和',
      }),
    );
  },
};
