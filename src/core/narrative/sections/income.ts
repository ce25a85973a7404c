/** 二、收入决算情况说明: each non-zero income item and its share of 本年收入合计 (公开02表 合计行, else 公开01表). */
import type { NarrativeContext } from '../context';
import { isMissing, joinRuns, shareRuns, shares, wan, type Input } from '../phrasing';
import type { Operand, Run } from '../types';
import { isShanghai, text, type Block, type SectionWriter } from './common';

interface Part {
  readonly name: string;
  readonly x: Input;
}

function incomeParts(ctx: NarrativeContext): { total: Input; parts: Part[] } {
  const t02 = ctx.table('T02');
  if (t02?.totalRow) {
    const cols: [string, string][] = [
      ['fiscal', '财政拨款收入'],
      ['superior', '上级补助收入'],
      ['business', '事业收入'],
      ['operating', '经营收入'],
      ['affiliated', '附属单位上缴收入'],
      ['other', '其他收入'],
    ];
    return {
      total: ctx.total('T02', 'total'),
      parts: cols.filter(([c]) => t02.totalRow?.[c]).map(([c, name]) => ({ name, x: ctx.total('T02', c) })),
    };
  }
  const i = (k: string) => ctx.item('T01', k);
  return {
    total: i('income.total'),
    parts: [
      { name: '一般公共预算财政拨款收入', x: i('income.fiscalGeneral') },
      { name: '政府性基金预算财政拨款收入', x: i('income.fiscalFund') },
      { name: '国有资本经营预算财政拨款收入', x: i('income.fiscalSoe') },
      { name: '上级补助收入', x: i('income.superior') },
      { name: '事业收入', x: i('income.business') },
      { name: '经营收入', x: i('income.operating') },
      { name: '附属单位上缴收入', x: i('income.affiliated') },
      { name: '其他收入', x: i('income.other') },
    ],
  };
}

/** "name X 万元，占 Y%" for each non-zero part, in table order, joined by "；". */
export function shareList(ctx: NarrativeContext, total: Input, parts: readonly Part[]): Run[] {
  const shown = parts.filter((p) => isMissing(p.x) || !p.x.value.isZero());
  const present = shown.filter((p): p is { name: string; x: Operand } => !isMissing(p.x));
  const tokens = isMissing(total)
    ? []
    : shares(
        present.map((p) => p.x),
        total,
        ctx.shareRounding,
      );
  return joinRuns(
    shown.map((p) => {
      const k = present.indexOf(p as { name: string; x: Operand });
      return [p.name, ...wan(p.x), ...(k >= 0 && tokens[k] ? ['，', ...shareRuns(tokens[k])] : [])];
    }),
    '；',
  );
}

export const writeIncome: SectionWriter = (ctx): Block[] => {
  const { total, parts } = incomeParts(ctx);
  const list = shareList(ctx, total, parts);
  const lead: Run[] = isShanghai(ctx) ? ['本年收入合计'] : [ctx.yearText, '收入合计'];
  return [text(lead, wan(total), list.length ? ['，其中：', ...list] : [], '。')];
};
