import { Dec } from '../../decimal/dec';
import { findingCell, fingerprint, itemTerm, money, percent, suppTerm, tableTitle } from '../format';
import type { Finding, Rule, RuleMeta } from '../types';
import { THREE_PUBLIC_ITEMS } from './plaus-three-public-budget';

const meta: RuleMeta = {
  id: 'plaus-three-public-yoy',
  title: '“三公”经费较上年增长',
  scope: '跨年',
  severity: 'warning',
  relation: '“三公”经费各项决算数 ≤ 上年决算数（补充信息 上年数；增长需说明原因）',
  message: '{what} {actual} 较上年 {expected} 增加 {difference}，增长 {share}，需说明原因',
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const t = d.tables.T07;
    const entries = d.supplementary?.entries ?? {};
    if (!t) return [];
    const title = tableTitle(d, 'T07');
    const out: Finding[] = [];
    for (const [k, name] of THREE_PUBLIC_ITEMS) {
      const prior = entries[`prior.threePublic.${k}`]?.figure;
      const actual = t.items[`actual.${k}`];
      // Only a filled-in prior figure is compared; growth within the figures' rounding is no growth.
      if (!prior || prior.state !== 'number' || !actual || actual.state === 'invalid') continue;
      const diff = actual.value.sub(prior.value);
      if (diff.lte(actual.half.add(prior.half))) continue;
      const cur = itemTerm(d, 'T07', `actual.${k}`);
      const pri = suppTerm(d, `prior.threePublic.${k}`);
      const cells = [findingCell(cur, 'other')!, findingCell(pri, 'other')!];
      const growth = prior.value.isZero() ? undefined : diff.mul(Dec.HUNDRED).div(prior.value, 6);
      out.push({
        rule: meta.id,
        severity: meta.severity,
        message: growth
          ? `${title} ${name}决算数 ${money(actual.value)} 较上年 ${money(prior.value)} 增加 ${money(diff)}，增长 ${percent(growth)}，需说明原因`
          : `${title} ${name}决算数 ${money(actual.value)}，上年无此项支出，需说明原因`,
        cells,
        expected: prior.value,
        actual: actual.value,
        difference: diff,
        suggestion: `在补充信息“${name}较上年变动的主要原因”中填写原因，或在此确认说明`,
        fingerprint: fingerprint(meta.id, cells),
      });
    }
    return out;
  },
};
