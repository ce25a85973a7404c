/**
 * 预算绩效情况说明 (hunan 十四) / 预算绩效管理情况 (shanghai 十): 绩效自评 项目数, 资金, 得分 from 补充信息, and the
 * unit's own account of its performance work (performance.text) where given.
 */
import { count, placeholder, wan } from '../phrasing';
import { isShanghai, text, type Block, type SectionWriter } from './common';

export const writePerformance: SectionWriter = (ctx): Block[] => {
  const s = (k: string) => ctx.supp(`performance.${k}`);
  const own = ctx.suppText('performance.text');
  if (isShanghai(ctx))
    return [
      text(
        ctx.unit(),
        ctx.yearText,
        '预算绩效管理工作开展情况如下：',
        own ?? placeholder('performance.text', '预算绩效管理工作开展情况', '【请填写预算绩效管理工作开展情况】'),
        '。绩效自评的',
        ctx.yearText,
        '项目',
        count(s('projects')),
        '个，涉及预算金额',
        wan(s('amount')),
        '，平均得分',
        count(s('score'), 'score'),
        '分。',
      ),
    ];
  return [
    text(
      '根据预算绩效管理要求，本部门组织对',
      ctx.yearText,
      '项目支出开展绩效自评，共涉及项目',
      count(s('projects')),
      '个，涉及资金',
      wan(s('amount')),
      '，自评得分',
      count(s('score'), 'score'),
      '分。',
    ),
    ...(own ? [text(own, '。')] : []),
  ];
};
