import type { Term, Rule, RuleMeta } from '../types';
import { itemTerm, rowTerm, tableTitle } from '../format';
import { AT_MOST_MESSAGE, checkAtMost, compact } from '../relation';

/**
 * 经济分类 款 that are one 三公 item each (all three 三公 items; 公务用车 as 购置 and 运行维护): their basic-expense amount in T06 is part of the same item's 决算 in
 * T07 (which also counts project spending), so it can never be larger.
 */
const PAIRS = [
  ['30212', 'actual.abroad', '因公出国（境）费用'],
  ['30217', 'actual.reception', '公务接待费'],
  ['30231', 'actual.vehicleOperation', '公务用车运行维护费'],
  ['31013', 'actual.vehiclePurchase', '公务用车购置'],
] as const;

const meta: RuleMeta = {
  id: 't06-t07-three-public',
  title: '基本支出中的“三公”经费不超过“三公”经费决算',
  scope: '表间',
  severity: 'warning',
  relation:
    '基本支出决算明细表 30212 因公出国（境）费用 ≤ “三公”经费表 因公出国（境）费决算数；30217 公务接待费 ≤ “三公”经费表 公务接待费决算数；30231 公务用车运行维护费 ≤ 公务用车运行维护费决算数；31013 公务用车购置 ≤ 公务用车购置费决算数',
  message: AT_MOST_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const t6 = d.tables.T06;
    if (!t6 || !d.tables.T07) return [];
    return compact(
      PAIRS.map(([code, key, name]) => {
        const row = t6.rows.find((r) => r.code === code);
        if (!row) return undefined;
        const part: Term = rowTerm(d, 'T06', row, 'amount');
        return checkAtMost(
          meta,
          [part],
          itemTerm(d, 'T07', key),
          `${tableTitle(d, 'T06')} ${code} ${name}`,
          `${tableTitle(d, 'T07')} ${name}决算数`,
        );
      }),
    );
  },
};
