import { fieldName } from '../../profiles/tables';
import { itemSum, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';
import { T04_COLUMNS } from './t04-expense-total';

const meta: RuleMeta = {
  id: 't04-expense-grand',
  title: '财政拨款收入支出决算总表 支出总计',
  scope: '表内',
  severity: 'error',
  relation: '支出总计 = 本年支出合计 + 年末财政拨款结转和结余（各栏分别计算）',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return T04_COLUMNS.flatMap((c) =>
      itemSum(meta, d, 'T04', {
        total: `expense.grand.${c}`,
        parts: [`expense.total.${c}`, `carryOut.${c}`],
        what: `支出总计（${fieldName('T04', c)}）`,
        of: '本年支出合计与年末财政拨款结转和结余之和',
      }),
    );
  },
};
