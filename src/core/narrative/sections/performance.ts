/**
 * 预算绩效情况说明 (hunan 十四) / 预算绩效管理情况 (shanghai 十): 绩效自评 项目数, 资金, 得分 from 补充信息, and the
 * unit's own account of its performance work (performance.text) where given.
 */
import type { NarrativeContext } from '../context';
import { count, joinRuns, placeholder, wan } from '../phrasing';
import type { Run } from '../types';
import { isShanghai, text, type Block, type SectionWriter } from './common';

/**
 * Shanghai 2024 template 十, sentence by sentence: 制度 and 工作机制, then 全过程绩效管理 — 绩效目标, 跟踪评价 and 自评
 * projects with their budgets, the 自评 average score, the 优/良/合格/不合格 counts and 问题整改. Every input missing
 * from 补充信息 is a visible gap in the template's own sentence; the unit's own account (performance.text) follows.
 */
function shanghai(ctx: NarrativeContext, own: string | undefined): Block[] {
  const s = (k: string) => ctx.supp(`performance.${k}`);
  const n = (k: string) => count(s(k));
  const rules = ctx.suppText('performance.rules');
  const ruleRuns: Run[] = rules
    ? joinRuns(
        rules
          .split(/[、，,；;]/)
          .map((r) => r.trim())
          .filter(Boolean)
          .map((r) => [r]),
        '、',
      )
    : [placeholder('performance.rules', '已建立的预算绩效管理制度（制度名称）')];
  const mechanism =
    ctx.suppText('performance.mechanism') ?? placeholder('performance.mechanism', '预算绩效管理工作机制');
  const rating = (k: string, word: string): Run[] => [`绩效评级为“${word}”的项目`, n(`rating.${k}`), '个'];
  const blocks: Block[] = [
    text(
      ctx.unit(),
      ctx.yearText,
      '预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：',
      ruleRuns,
      '，建立了',
      mechanism,
      '的预算绩效管理工作机制；全过程绩效管理实施情况：编报绩效目标的',
      ctx.yearText,
      '项目',
      n('targets.projects'),
      '个，涉及预算金额',
      wan(s('targets.amount')),
      '；绩效跟踪评价的',
      ctx.yearText,
      '项目',
      n('tracking.projects'),
      '个，涉及预算金额',
      wan(s('tracking.amount')),
      '；绩效自评的',
      ctx.yearText,
      '项目',
      n('projects'),
      '个，涉及预算金额',
      wan(s('amount')),
      '，平均得分',
      count(s('score'), 'score'),
      '分（其中，',
      joinRuns(
        [rating('excellent', '优'), rating('good', '良'), rating('pass', '合格'), rating('fail', '不合格')],
        '；',
      ),
      '。绩效自评中共发现问题',
      n('issues.found'),
      '个，已经完成整改的',
      n('issues.fixed'),
      '个，正在整改的',
      n('issues.fixing'),
      '个）。',
    ),
  ];
  if (own) blocks.push(text(own, '。'));
  return blocks;
}

export const writePerformance: SectionWriter = (ctx): Block[] => {
  const s = (k: string) => ctx.supp(`performance.${k}`);
  const own = ctx.suppText('performance.text');
  if (isShanghai(ctx)) return shanghai(ctx, own);
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
