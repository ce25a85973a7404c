import { Dec } from '../../decimal/dec';
import { refToString } from '../../grid/grid';
import { fingerprint } from '../format';
import type { FindingCell, Rule, RuleMeta } from '../types';

const BY_USE = [
  'assets.vehicles.ministerial',
  'assets.vehicles.leader',
  'assets.vehicles.confidential',
  'assets.vehicles.emergency',
  'assets.vehicles.enforcement',
  'assets.vehicles.special',
  'assets.vehicles.retired',
  'assets.vehicles.other',
];

const meta: RuleMeta = {
  id: 'supp-vehicles',
  title: '补充信息 车辆合计',
  scope: '补充信息',
  severity: 'error',
  relation: '车辆合计（辆）= 按用途分列的各类车辆数之和',
  message: '补充信息 车辆合计（{ref}）应等于各类车辆之和：应为 {expected} 辆，实为 {actual} 辆',
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const entries = d.supplementary?.entries ?? {};
    const total = entries['assets.vehicles.total'];
    const parts = BY_USE.map((k) => entries[k]).filter((e) => e !== undefined);
    if (!total?.number || parts.length === 0) return [];
    // Counts are exact whole numbers: no rounding tolerance. Unfilled lines count as 0.
    const sum = Dec.sum(parts.map((e) => e.number ?? Dec.ZERO));
    if (sum.eq(total.number)) return [];
    const cells: FindingCell[] = [
      { cell: total.cell, ref: refToString(total.cell), role: 'total', label: `补充信息 ${total.label}` },
      ...parts.map((e) => ({
        cell: e.cell,
        ref: refToString(e.cell),
        role: 'part' as const,
        label: `补充信息 ${e.label}`,
      })),
    ];
    const ref = refToString(total.cell);
    return [
      {
        rule: meta.id,
        severity: meta.severity,
        message: `补充信息 车辆合计（${ref}）应等于各类车辆之和：应为 ${sum.toFixed()} 辆，实为 ${total.number.toFixed()} 辆`,
        cells,
        expected: sum,
        actual: total.number,
        difference: total.number.sub(sum),
        tolerance: Dec.ZERO,
        suggestion: `请核对车辆合计与各用途车辆数（${cells
          .slice(1)
          .map((c) => c.ref)
          .join('、')}）`,
        fingerprint: fingerprint(meta.id, cells),
      },
    ];
  },
};
