import { suppTerm } from '../format';
import { checkAtMost, checkSum, compact, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 'supp-procurement',
  title: '补充信息 政府采购支出',
  scope: '补充信息',
  severity: 'error',
  relation: '政府采购支出总额 = 货物 + 工程 + 服务；授予小微企业合同金额 ≤ 授予中小企业合同金额',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const entries = d.supplementary?.entries ?? {};
    if (!entries['procurement.total']) return [];
    const parts = ['procurement.goods', 'procurement.works', 'procurement.services'].filter((k) => entries[k]);
    return compact(
      parts.length
        ? checkSum(meta, {
            total: suppTerm(d, 'procurement.total'),
            parts: parts.map((k) => suppTerm(d, k)),
            what: '补充信息 政府采购支出总额',
            of: '货物、工程、服务支出之和',
          })
        : undefined,
      entries['procurement.small'] && entries['procurement.sme']
        ? checkAtMost(
            { ...meta, message: '{what} 不应超过 {of}：小微企业 {actual}，中小企业 {expected}，超出 {difference}' },
            [suppTerm(d, 'procurement.small')],
            suppTerm(d, 'procurement.sme'),
            '补充信息 授予小微企业合同金额',
            '授予中小企业合同金额',
          )
        : undefined,
    );
  },
};
