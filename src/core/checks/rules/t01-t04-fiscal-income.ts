import { itemTerm, tableTitle } from '../format';
import { checkEqual, compact, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const PAIRS = [
  ['income.fiscalGeneral', 'income.general', '一般公共预算财政拨款收入'],
  ['income.fiscalFund', 'income.fund', '政府性基金预算财政拨款收入'],
  ['income.fiscalSoe', 'income.soe', '国有资本经营预算财政拨款收入'],
] as const;

const meta: RuleMeta = {
  id: 't01-t04-fiscal-income',
  title: '收入支出决算总表与财政拨款收入支出决算总表 财政拨款收入一致',
  scope: '表间',
  severity: 'error',
  relation:
    '收入支出决算总表 一般公共预算（政府性基金预算、国有资本经营预算）财政拨款收入 = 财政拨款收入支出决算总表 同名收入',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    if (!d.tables.T01 || !d.tables.T04) return [];
    return compact(
      PAIRS.map(([k1, k4, name]) =>
        checkEqual(
          meta,
          itemTerm(d, 'T01', k1),
          itemTerm(d, 'T04', k4),
          `${tableTitle(d, 'T01')} ${name}`,
          `${tableTitle(d, 'T04')} ${name}`,
        ),
      ),
    );
  },
};
