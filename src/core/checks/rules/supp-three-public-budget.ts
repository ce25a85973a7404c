import { itemTerm, tableTitle, suppTerm } from '../format';
import { checkEqual, compact, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';
import { THREE_PUBLIC_ITEMS } from './plaus-three-public-budget';

const meta: RuleMeta = {
  id: 'supp-three-public-budget',
  title: '补充信息“三公”经费预算与“三公”经费表一致',
  scope: '补充信息',
  severity: 'error',
  relation: '补充信息中“三公”经费各项年初预算（budget.threePublic.*）= “三公”经费支出决算表 同项预算数（两处都有时）',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const entries = d.supplementary?.entries ?? {};
    if (!d.tables.T07) return [];
    return compact(
      THREE_PUBLIC_ITEMS.map(([k, name]) =>
        entries[`budget.threePublic.${k}`]?.figure && d.tables.T07!.items[`budget.${k}`]
          ? checkEqual(
              meta,
              suppTerm(d, `budget.threePublic.${k}`),
              itemTerm(d, 'T07', `budget.${k}`),
              `补充信息 ${name}年初预算`,
              `${tableTitle(d, 'T07')} ${name}预算数`,
            )
          : undefined,
      ),
    );
  },
};
