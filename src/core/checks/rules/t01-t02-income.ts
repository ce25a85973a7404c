import { itemTerm, tableTitle, totalRowTerm } from '../format';
import { checkEqual, checkSum, compact, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

/** T01 income line → the T02 column that holds the same income (财政拨款 = the three fiscal lines together). */
const PAIRS: readonly [t01: readonly string[], t02: string, name: string][] = [
  [['income.fiscalGeneral', 'income.fiscalFund', 'income.fiscalSoe'], 'fiscal', '财政拨款收入'],
  [['income.superior'], 'superior', '上级补助收入'],
  [['income.business'], 'business', '事业收入'],
  [['income.operating'], 'operating', '经营收入'],
  [['income.affiliated'], 'affiliated', '附属单位上缴收入'],
  [['income.other'], 'other', '其他收入'],
];

const meta: RuleMeta = {
  id: 't01-t02-income',
  title: '收入支出决算总表与收入决算表 收入一致',
  scope: '表间',
  severity: 'error',
  relation:
    '收入支出决算总表 本年收入合计 = 收入决算表 合计行本年收入合计；各项收入 = 收入决算表 合计行同名栏（财政拨款收入 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款收入）',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    if (!d.tables.T01 || !d.tables.T02?.totalRow) return [];
    const t1 = tableTitle(d, 'T01');
    const t2 = tableTitle(d, 'T02');
    return compact(
      checkEqual(
        meta,
        itemTerm(d, 'T01', 'income.total'),
        totalRowTerm(d, 'T02', 'total'),
        `${t1} 本年收入合计`,
        `${t2} 合计行本年收入合计`,
      ),
      PAIRS.map(([keys, col, name]) =>
        keys.length === 1
          ? checkEqual(
              meta,
              itemTerm(d, 'T01', keys[0]),
              totalRowTerm(d, 'T02', col),
              `${t1} ${name}`,
              `${t2} 合计行${name}`,
            )
          : checkSum(meta, {
              total: totalRowTerm(d, 'T02', col),
              parts: keys.map((k) => itemTerm(d, 'T01', k)),
              what: `${t2} 合计行${name}`,
              of: `${t1} 三项财政拨款收入之和`,
              roles: { total: 'other', part: 'other' },
            }),
      ),
    );
  },
};
