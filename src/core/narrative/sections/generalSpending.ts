/** 十一、一般性支出情况说明 (hunan): 会议费 and 培训费 from 补充信息 (amount, 个数/期数, 人数, 内容). */
import type { NarrativeContext } from '../context';
import { count, isMissing, isZero, wan } from '../phrasing';
import type { Run } from '../types';
import { text, type Block, type SectionWriter } from './common';

function spending(ctx: NarrativeContext, kind: 'meeting' | 'training'): Run[] {
  const name = kind === 'meeting' ? '会议费' : '培训费';
  const a = ctx.supp(`${kind}.amount`);
  const head: Run[] = ['开支', name, ...wan(a)];
  if (isZero(a) || isMissing(a)) return head;
  const n = ctx.hasSupp(`${kind}.count`)
    ? [
        kind === 'meeting' ? '，召开会议' : '，举办培训',
        count(ctx.supp(`${kind}.count`)),
        kind === 'meeting' ? '个' : '期',
      ]
    : [];
  return [
    ...head,
    ...n,
    '，人数',
    count(ctx.supp(`${kind}.persons`)),
    '人，内容为',
    ctx.use(`${kind}.content`, `${name}内容`),
  ];
}

export const writeGeneralSpending: SectionWriter = (ctx): Block[] => [
  text(ctx.yearText, '本部门', spending(ctx, 'meeting'), '；', spending(ctx, 'training'), '。'),
];
