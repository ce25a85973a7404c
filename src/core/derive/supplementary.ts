import type { Supplementary } from '../model/types';
import { SUPP_FIELD_BY_KEY } from '../supplementary/schema';
import type { Derivation } from './types';

const VEHICLE_CLASSES = [
  'ministerial',
  'leader',
  'confidential',
  'emergency',
  'enforcement',
  'special',
  'retired',
  'other',
].map((k) => `assets.vehicles.${k}`);

/** “三公” roll-ups for a key prefix: 公务用车 = 购置 + 运行维护; 合计 = 出国 + 公务用车 + 接待 (domain.md, T07). */
function threePublic(prefix: string): [string, string[]][] {
  return [
    [`${prefix}.vehicle`, [`${prefix}.vehiclePurchase`, `${prefix}.vehicleOperation`]],
    [`${prefix}.total`, [`${prefix}.abroad`, `${prefix}.vehicle`, `${prefix}.reception`]],
  ];
}

/** Sum lines of 补充信息, bottom-up (a total after the totals it uses). */
const SUMS: [string, string[]][] = [
  ...threePublic('prior.threePublic'),
  ...threePublic('budget.threePublic'),
  ['procurement.total', ['procurement.goods', 'procurement.works', 'procurement.services']],
  ['assets.vehicles.total', VEHICLE_CLASSES],
];

/** Share lines: numerator ÷ 政府采购支出总额 × 100 (shares use the whole's own total as base, domain.md). */
const SHARES: [string, string, string][] = [
  ['procurement.smeShare', 'procurement.sme', 'procurement.total'],
  ['procurement.smallShare', 'procurement.small', 'procurement.total'],
];

/**
 * Derived lines of the 补充信息 sheet that `fill` writes (totals and shares), for the lines the sheet has:
 * a relation is used only when its target and every part are rows of the sheet.
 */
export function supplementaryDerivations(supp: Supplementary | undefined): Derivation[] {
  const rows = supp?.rows;
  if (!rows) return [];
  const label = (key: string) => `补充信息 ${SUPP_FIELD_BY_KEY.get(key)?.label ?? key}`;
  const out: Derivation[] = [];
  for (const [target, parts] of SUMS) {
    if (!rows[target] || parts.some((p) => !rows[p])) continue;
    out.push({
      table: '补充信息',
      target: rows[target],
      parts: parts.map((p) => ({ ref: rows[p], sign: 1 })),
      label: label(target),
    });
  }
  for (const [target, num, base] of SHARES) {
    if (!rows[target] || !rows[num] || !rows[base]) continue;
    out.push({
      table: '补充信息',
      target: rows[target],
      parts: [
        { ref: rows[num], sign: 1 },
        { ref: rows[base], sign: 1 },
      ],
      label: label(target),
      op: 'percent',
    });
  }
  return out;
}
