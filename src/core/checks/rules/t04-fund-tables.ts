import type { Disclosure, TableId } from '../../model/types';
import { itemTerm, tableTitle, totalRowTerm } from '../format';
import { checkEqual, compact, SUM_MESSAGE } from '../relation';
import type { Finding, Rule, RuleMeta } from '../types';

/** T04 fund/soe lines ↔ the 合计 row of T08/T09 (收入, 支出, 年初 and 年末 结转和结余). */
const LINES = [
  ['income', 'income', '本年收入'],
  ['expense.total', 'expTotal', '本年支出合计'],
  ['carryIn', 'carryIn', '年初结转和结余'],
  ['carryOut', 'carryOut', '年末结转和结余'],
] as const;

function fundFindings(meta: RuleMeta, d: Disclosure, fund: 'fund' | 'soe', id: TableId): Finding[] {
  if (!d.tables.T04 || !d.tables[id]?.totalRow) return [];
  const name = fund === 'fund' ? '政府性基金预算财政拨款' : '国有资本经营预算财政拨款';
  return compact(
    LINES.map(([k4, col, what]) =>
      checkEqual(
        meta,
        itemTerm(d, 'T04', `${k4}.${fund}`),
        totalRowTerm(d, id, col),
        `${tableTitle(d, 'T04')} ${name}${what}`,
        `${tableTitle(d, id)} 合计行${what}`,
      ),
    ),
  );
}

const meta: RuleMeta = {
  id: 't04-fund-tables',
  title: '财政拨款收入支出决算总表与政府性基金、国有资本经营预算财政拨款表 一致',
  scope: '表间',
  severity: 'error',
  relation:
    '财政拨款收入支出决算总表 政府性基金（国有资本经营）预算财政拨款的本年收入、本年支出、年初和年末结转和结余 = 政府性基金（国有资本经营）预算财政拨款收入支出决算表 合计行同名栏',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return [...fundFindings(meta, d, 'fund', 'T08'), ...fundFindings(meta, d, 'soe', 'T09')];
  },
};
