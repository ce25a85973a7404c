import { itemTerm, tableTitle } from '../format';
import { checkAtMost, compact } from '../relation';
import type { Rule, RuleMeta } from '../types';

export const THREE_PUBLIC_ITEMS = [
  ['total', '“三公”经费合计'],
  ['abroad', '因公出国（境）费'],
  ['vehicle', '公务用车购置及运行维护费'],
  ['vehiclePurchase', '公务用车购置费'],
  ['vehicleOperation', '公务用车运行维护费'],
  ['reception', '公务接待费'],
] as const;

const meta: RuleMeta = {
  id: 'plaus-three-public-budget',
  title: '“三公”经费决算超预算',
  scope: '表内',
  severity: 'warning',
  relation: '“三公”经费支出决算表 各项决算数 ≤ 预算数（超过需说明原因）',
  message: '{what} 超过 {of}：决算数 {actual}，预算数 {expected}，超出 {difference}，需说明原因',
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const t = d.tables.T07;
    if (!t) return [];
    const title = tableTitle(d, 'T07');
    return compact(
      THREE_PUBLIC_ITEMS.map(([k, name]) =>
        checkAtMost(
          meta,
          [itemTerm(d, 'T07', `actual.${k}`)],
          itemTerm(d, 'T07', `budget.${k}`),
          `${title} ${name}决算数`,
          `预算数`,
        ),
      ),
    )
      .filter((f) => f.severity !== 'rounding') // within rounding is no overspend
      .map((f) => ({ ...f, suggestion: '在补充信息“决算与预算差异的主要原因”中填写原因，或在此确认说明' }));
  },
};
