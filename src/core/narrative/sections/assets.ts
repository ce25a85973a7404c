/** 国有资产占用情况说明 (hunan 十三; shanghai 十一（三）): 车辆 by use class (non-zero ones named) and 设备 台套. */
import { count, isMissing, isZero, joinRuns } from '../phrasing';
import type { Run } from '../types';
import { isShanghai, nonZero, text, type Block, type SectionWriter } from './common';

const VEHICLES: [string, string][] = [
  ['ministerial', '部级领导干部用车'],
  ['leader', '主要领导干部用车'],
  ['confidential', '机要通信用车'],
  ['emergency', '应急保障用车'],
  ['enforcement', '执法执勤用车'],
  ['special', '特种专业技术用车'],
  ['retired', '离退休干部用车'],
  ['other', '其他用车'],
];

export const writeAssets: SectionWriter = (ctx): Block[] => {
  const sh = isShanghai(ctx);
  const v = (k: string) => ctx.supp(`assets.vehicles.${k}`);
  // Shanghai template 十一（三） names every class (a gap where not filled); hunan names the classes the unit has.
  const kinds = sh ? VEHICLES : VEHICLES.filter(([k]) => nonZero(v(k)));
  // No vehicles at all answers every class: 0, from the 车辆合计 line.
  const cls = (k: string) => (isMissing(v(k)) && isZero(v('total')) ? v('total') : v(k));
  const list = joinRuns(
    kinds.map(([k, name]) => [name, count(cls(k)), '辆']),
    '、',
  );
  const date = ctx.year ? `截至${ctx.year}年12月31日，` : '截至本年末，';
  const equipment: Run[] = sh
    ? ['单价100万元（含）以上设备（不含车辆）', count(ctx.supp('assets.equipment.over100')), '台（套）。']
    : [
        '单位价值50万元以上通用设备',
        count(ctx.supp('assets.equipment.general50')),
        '台（套）；单位价值100万元以上专用设备',
        count(ctx.supp('assets.equipment.special100')),
        '台（套）。',
      ];
  return [
    text(
      date,
      sh ? [ctx.unit()] : ['本单位'],
      '共有车辆',
      count(v('total')),
      '辆',
      list.length ? [sh ? '，其中：' : '，其中，', ...list] : [],
      sh ? '。' : '；',
      equipment,
    ),
  ];
};
