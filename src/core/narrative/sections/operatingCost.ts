/**
 * 机关运行经费支出说明 (hunan 十; shanghai 十一（一）): 补充信息 机关运行经费 vs 上年决算数 (and, where given, vs 年初预算数,
 * as seed 004 compares it).
 */
import type { NarrativeContext } from '../context';
import { changeRuns, changeWord, isZero, wan, type Input } from '../phrasing';
import type { Run } from '../types';
import { isShanghai, text, type Block, type SectionWriter } from './common';

function versus(cur: Input, base: Input, baseWords: Run): Run[] {
  return changeWord(cur, base) === '持平' ? ['，与', baseWords, '持平'] : ['，比', baseWords, ...changeRuns(cur, base)];
}

function differs(cur: Input, base: Input): boolean {
  const w = changeWord(cur, base);
  return w !== '持平';
}

export const writeOperatingCost: SectionWriter = (ctx: NarrativeContext): Block[] => {
  const a = ctx.supp('operatingCost.amount');
  const prior = ctx.supp('prior.operatingCost');
  if (isShanghai(ctx)) {
    if (isZero(a) && (isZero(prior) || !ctx.hasSupp('prior.operatingCost')))
      return [text(ctx.unit(), ctx.yearText, '无机关运行经费支出。')];
    return [
      text(
        '机关运行经费支出',
        wan(a),
        versus(a, prior, ctx.priorYearText),
        differs(a, prior) ? ['。主要原因是', ctx.reason('reason.operatingCost')] : [],
        '。',
      ),
    ];
  }
  const withBudget = ctx.hasSupp('budget.operatingCost');
  const withPrior = ctx.hasSupp('prior.operatingCost') || !withBudget;
  const budget = ctx.supp('budget.operatingCost');
  const anyChange = (withPrior && differs(a, prior)) || (withBudget && differs(a, budget));
  return [
    text(
      '本部门',
      ctx.yearText,
      '机关运行经费支出',
      wan(a),
      withPrior ? versus(a, prior, '上年决算数') : [],
      withBudget ? versus(a, budget, '年初预算数') : [],
      '。',
      anyChange ? ['主要原因是：', ctx.reason('reason.operatingCost'), '。'] : [],
    ),
  ];
};
