import { fieldName } from '../../profiles/tables';
import { itemTerm, rowTerm, tableTitle } from '../format';
import { checkSum, compact, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

export const T04_COLUMNS = ['total', 'general', 'fund', 'soe'] as const;

const meta: RuleMeta = {
  id: 't04-expense-total',
  title: '财政拨款收入支出决算总表 本年支出合计',
  scope: '表内',
  severity: 'error',
  relation: '本年支出合计 = 各类支出之和（合计、一般公共预算、政府性基金预算、国有资本经营预算各栏分别计算）',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const t = d.tables.T04;
    if (!t || t.rows.length === 0) return [];
    return compact(
      T04_COLUMNS.filter((c) => t.columns.includes(c)).map((c) =>
        checkSum(meta, {
          total: itemTerm(d, 'T04', `expense.total.${c}`),
          parts: t.rows.map((r) => rowTerm(d, 'T04', r, c)),
          what: `${tableTitle(d, 'T04')} 本年支出合计（${fieldName('T04', c)}）`,
          of: '各类支出之和',
        }),
      ),
    );
  },
};
