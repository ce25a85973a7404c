import { Dec, halfUnit } from '../../decimal/dec';
import { percentConsistent } from '../../decimal/interval';
import { refToString } from '../../grid/grid';
import { fill, findingCell, fingerprint, percent, suppTerm, usableTerm } from '../format';
import type { Finding, Rule, RuleMeta, Severity } from '../types';

const SHARES = [
  ['procurement.smeShare', 'procurement.sme', '授予中小企业合同金额'],
  ['procurement.smallShare', 'procurement.small', '授予小微企业合同金额'],
] as const;

const meta: RuleMeta = {
  id: 'supp-procurement-share',
  title: '补充信息 中小企业、小微企业合同金额占比',
  scope: '补充信息',
  severity: 'error',
  relation: '占比（%）= 授予中小企业（小微企业）合同金额 ÷ 政府采购支出总额 × 100（按显示位数的舍位区间比较）',
  message: '{what} 应为 {of} 占政府采购支出总额的比例：应为 {expected}，实为 {actual}',
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const entries = d.supplementary?.entries ?? {};
    const total = suppTerm(d, 'procurement.total');
    const out: Finding[] = [];
    for (const [key, partKey, name] of SHARES) {
      const share = entries[key];
      const part = suppTerm(d, partKey);
      if (share?.number === undefined || !usableTerm(part) || !usableTerm(total)) continue;
      // The share is shown with its own decimals; half a unit of its last place is its rounding.
      const decimals = Math.max(share.number.normalize().scale, 0);
      // With no 政府采购 at all the share is 0 (what fill writes: IF(total=0,0,…)).
      const cmp = total.figure.value.isZero()
        ? { status: share.number.isZero() ? 'exact' : 'error', expected: Dec.ZERO }
        : percentConsistent(
            { value: share.number, half: halfUnit(decimals) },
            { value: part.figure.value, half: part.figure.half },
            { value: total.figure.value, half: total.figure.half },
            2,
          );
      if (cmp.status === 'exact') continue;
      const severity: Severity = cmp.status === 'rounding' ? 'rounding' : meta.severity;
      const cells = [
        { cell: share.cell, ref: refToString(share.cell), role: 'total' as const, label: `补充信息 ${share.label}` },
        findingCell(part, 'part')!,
        findingCell(total, 'part')!,
      ];
      const expected = cmp.expected === undefined ? '无法计算' : percent(cmp.expected);
      out.push({
        rule: meta.id,
        severity,
        message:
          severity === 'rounding'
            ? `补充信息 ${share.label}（${refToString(share.cell)}）与计算值 ${expected} 的差异在舍位范围内，属舍位差异`
            : fill(meta.message, {
                what: `补充信息 ${share.label}（${refToString(share.cell)}）`,
                of: name,
                expected,
                actual: percent(share.number),
              }),
        cells,
        expected: cmp.expected,
        actual: share.number,
        difference: cmp.expected === undefined ? undefined : share.number.sub(cmp.expected),
        suggestion: severity === 'rounding' ? '舍位差异无需更正' : `可用“填充”重新计算该比例，或核对合同金额与采购总额`,
        fingerprint: fingerprint(meta.id, cells),
      });
    }
    return out;
  },
};
