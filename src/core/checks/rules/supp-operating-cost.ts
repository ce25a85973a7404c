import { itemTerm, suppTerm, tableTitle } from '../format';
import { checkEqual, compact } from '../relation';
import type { Rule, RuleMeta } from '../types';

/**
 * 机关运行经费 is the 公用经费 of 行政单位 and 参照公务员法管理的事业单位 paid from 财政拨款 基本支出, so it is
 * normally equal to, and never more than, table 06's 公用经费合计. A difference needs a written reason.
 */
const meta: RuleMeta = {
  id: 'supp-operating-cost',
  title: '机关运行经费与公用经费',
  scope: '补充信息',
  severity: 'warning',
  relation: '补充信息 本年机关运行经费支出 通常等于（不超过）基本支出决算明细表 公用经费合计；不一致时需说明原因',
  message:
    '{what} 与 {of} 不一致：公用经费合计 {expected}，机关运行经费 {actual}，相差 {difference}（舍位容差 ±{tolerance}）',
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const e = d.supplementary?.entries['operatingCost.amount'];
    if (!e?.figure || e.figure.state !== 'number' || !d.tables.T06) return [];
    const f = checkEqual(
      meta,
      suppTerm(d, 'operatingCost.amount'),
      itemTerm(d, 'T06', 'publicTotal'),
      '补充信息 本年机关运行经费支出',
      `${tableTitle(d, 'T06')} 公用经费合计`,
    );
    if (!f || f.severity !== 'warning') return compact(f);
    const over = f.difference!.sign() > 0;
    return [
      {
        ...f,
        suggestion: over
          ? '机关运行经费不应超过公用经费合计，请核对机关运行经费口径（行政单位和参公事业单位的公用经费）'
          : '如本单位含非参公事业单位或有非财政拨款公用经费，请在说明中写明原因',
      },
    ];
  },
};
