import { Dec } from '../../decimal/dec';
import { compareSum } from '../../decimal/interval';
import type { Claim, ShareClaim } from '../claims';
import { baseConcept } from '../concepts';
import type { LintContext } from '../context';
import { amountText, percentText } from '../format';
import type { Mention } from '../types';
import type { LintRule } from './rule';

/**
 * Parts and wholes (capability 8): the shares of one breakdown add to 100% within rounding (each shown share
 * stands for ±0.005, so n shares may miss 100 by n × 0.005); a subset (中小企业 / 小微企业 合同金额, 预留份额)
 * never exceeds its whole. Listed parts against a stated total are sum-total (one sentence) and cross-sum
 * (across paragraphs); a sub-item (“其中：外宾接待”) keeps its own concept (concepts.ts).
 */
export const messages = {
  sharesSum: (sum: string, list: string) => `同一构成的各项占比之和为 ${sum}（${list}），应为 100%（允许舍位误差）`,
  subset: (part: string, partValue: string, whole: string, wholeValue: string) =>
    `${part} ${partValue} 大于其所属的${whole} ${wholeValue}：部分不能大于整体`,
};

/** Concept families whose members make up one whole (domain.md, "Relations that must hold"). */
const FAMILIES: readonly RegExp[] = [
  /^income\.(fiscal|fiscalGeneral|fiscalFund|fiscalSoe|superior|business|operating|affiliated|other)$/,
  /^expense\.(basic|project|toSuperior|operating|toAffiliated)$/,
  /^class:/,
  /^tp\.(abroad|reception|vehicle|vehiclePurchase|vehicleOperation)$/,
  /^procurement\.(goods|works|services)$/,
  /^basic\.(personnel|public)$/,
];

function family(m: Mention): RegExp | undefined {
  const c = baseConcept(m.concept);
  return c ? FAMILIES.find((re) => re.test(c)) : undefined;
}

function sharesSum(ctx: LintContext, claims: readonly Claim[]): void {
  const groups = new Map<string, ShareClaim[]>();
  for (const c of claims) {
    if (c.type !== 'share' || c.part.kind !== 'amount') continue;
    const key = `${c.s.index}|${c.base?.mention?.id ?? c.baseConcept ?? c.baseName}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const fam = family(list[0].part);
    if (!fam || list.some((c) => family(c.part) !== fam)) continue;
    if (list.some((c) => ctx.blamed(c.pct) || ctx.blamed(c.part))) continue; // one root cause, one finding
    const sum = Dec.sum(list.map((c) => c.pct.value));
    const tol = Dec.parse('0.005')!.mul(Dec.from(list.length));
    const off = sum.sub(Dec.from(100)).abs();
    if (off.cmp(tol) <= 0) continue;
    const base = list[0].base;
    // With the whole known, the parts must be all of it; without it, only a sum over 100% is certain.
    const complete =
      base !== undefined &&
      compareSum(
        base.shown,
        list.map((c) => c.part.shown),
      ).status !== 'error';
    if (!complete && sum.cmp(Dec.from(100)) <= 0) continue;
    const first = list[0].pct;
    const last = list[list.length - 1].pct;
    ctx.report({
      rule: 'shares-sum',
      severity: 'error',
      start: first.start,
      end: last.end,
      message: messages.sharesSum(percentText(sum), list.map((c) => percentText(c.pct.value)).join(' + ')),
      expected: '100%',
      actual: percentText(sum),
      wrong: list.map((c) => c.pct),
    });
  }
}

/** [subset, whole, subset name, whole name]: a part that can never exceed its whole. */
const SUBSETS: readonly [string, string, string, string][] = [
  ['procurement.sme', 'procurement.total', '授予中小企业合同金额', '政府采购支出总额'],
  ['procurement.small', 'procurement.sme', '授予小微企业合同金额', '授予中小企业合同金额'],
  ['procurement.small', 'procurement.total', '授予小微企业合同金额', '政府采购支出总额'],
  ['procurement.reserved', 'procurement.total', '预留份额', '政府采购支出总额'],
];

function subsets(ctx: LintContext): void {
  for (const [sub, whole, subName, wholeName] of SUBSETS) {
    const w = ctx.facts.get(whole)?.[0];
    if (!w) continue;
    for (const p of ctx.facts.get(sub) ?? []) {
      if (ctx.blamed(p) || p.value.sub(p.shown.half).cmp(w.value.add(w.shown.half)) <= 0) continue;
      ctx.report({
        rule: 'subset-exceeds',
        severity: 'error',
        start: p.start,
        end: p.end,
        message: messages.subset(subName, amountText(p.value), wholeName, amountText(w.value)),
        expected: `≤ ${amountText(w.value)}`,
        actual: amountText(p.value),
        wrong: [p],
      });
    }
  }
}

export const partsRules: readonly LintRule[] = [
  {
    id: 'shares-sum',
    title: '同一构成的各项占比之和不是100%',
    severity: 'error',
    family: 'parts',
    check: sharesSum,
    examples: {
      valid:
        '三、支出决算情况说明\n　　本年支出合计4143.91万元，其中：基本支出1140.27万元，占27.52%；项目支出3003.64万元，占72.48%。',
      invalid: [
        '三、支出决算情况说明\n　　本年支出中，基本支出60.00万元，占60.00%；项目支出50.00万元，占50.00%。',
        '60.00%；项目支出50.00万元，占50.00%',
      ],
    },
  },
  {
    id: 'subset-exceeds',
    title: '部分大于整体（中小企业、小微企业、预留份额）',
    severity: 'error',
    family: 'parts',
    check: (ctx) => subsets(ctx),
    examples: {
      valid:
        '十二、政府采购支出说明\n　　本部门政府采购支出总额100.00万元，其中：政府采购货物支出100.00万元。授予中小企业合同金额80.00万元，占政府采购支出总额的80.00%。',
      invalid: [
        '十二、政府采购支出说明\n　　本部门政府采购支出总额100.00万元，其中：政府采购货物支出100.00万元。授予中小企业合同金额120.00万元。',
        '120.00万元',
      ],
    },
  },
];
