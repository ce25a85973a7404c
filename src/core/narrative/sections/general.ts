/**
 * 五、一般公共预算财政拨款支出决算情况说明 (公开05表): （一）总体 — share of 本年支出合计 and change on last year;
 * （二）结构 — each non-zero 类 and its share; （三）具体 — 年初预算 vs 决算, then every 项 科目.
 */
import type { NarrativeContext } from '../context';
import {
  completionRuns,
  isMissing,
  joinRuns,
  shareRuns,
  shareToken,
  shares,
  sumOf,
  wan,
  type Input,
} from '../phrasing';
import type { Operand, Run } from '../types';
import {
  budgetReason,
  className,
  hunanVsPrior,
  changeWithReason,
  isShanghai,
  leafRows,
  subjectItems,
  text,
  type Block,
  type SectionWriter,
} from './common';

/** 一般公共预算财政拨款支出 (公开05表 合计, else 公开04表 一般公共预算 column). */
export function generalExpense(ctx: NarrativeContext): Input {
  return ctx.table('T05')?.totalRow ? ctx.total('T05', 'total') : ctx.item('T04', 'expense.total.general');
}

/** 本年支出合计 (公开01表, else 公开03表 合计). */
function yearExpenseTotal(ctx: NarrativeContext): Input {
  return ctx.table('T01') ? ctx.item('T01', 'expense.total') : ctx.total('T03', 'total');
}

export const writeGeneralOverall: SectionWriter = (ctx): Block[] => {
  const g = generalExpense(ctx);
  const base = yearExpenseTotal(ctx);
  const share = isMissing(g) || isMissing(base) ? undefined : shareToken(g, base);
  const shareText: Run[] = share ? ['，占本年支出合计的', share, '%'] : [];
  const prior = ctx.supp('prior.general.expense');
  if (isShanghai(ctx))
    return [
      text(
        '一般公共预算财政拨款支出',
        wan(g),
        shareText,
        '。与',
        ctx.priorYearText,
        '相比，一般公共预算财政拨款支出',
        changeWithReason(ctx, g, prior, 'reason.general.expense'),
        '。',
      ),
    ];
  return [
    text(
      ctx.yearText,
      '一般公共预算财政拨款支出',
      wan(g),
      shareText,
      '，',
      hunanVsPrior(ctx, '一般公共预算财政拨款支出', g, prior, 'reason.general.expense', '支出'),
      '。',
    ),
  ];
};

export const writeGeneralStructure: SectionWriter = (ctx): Block[] => {
  const g = generalExpense(ctx);
  const classes = ctx
    .rows('T05', 1)
    .map((row) => ({ row, x: ctx.rowCell('T05', row, 'total') }))
    .filter((c) => isMissing(c.x) || !c.x.value.isZero());
  const present = classes.map((c) => c.x).filter((x): x is Operand => !isMissing(x));
  const tokens = isMissing(g) ? [] : shares(present, g, ctx.shareRounding);
  const list = joinRuns(
    classes.map((c) => {
      const k = present.indexOf(c.x as Operand);
      return [className(ctx, c.row), ...wan(c.x), ...(k >= 0 && tokens[k] ? ['，', ...shareRuns(tokens[k])] : [])];
    }),
    '；',
  );
  const lead: Run[] = isShanghai(ctx) ? ['一般公共预算财政拨款支出'] : [ctx.yearText, '一般公共预算财政拨款支出'];
  if (list.length === 0) return [text(lead, wan(g), '。')];
  return [text(lead, wan(g), '，主要用于以下方面：', list, '。')];
};

/** 年初预算 of all 一般公共预算 spending: 补充信息 line, else the sum of every 项's 年初预算 when all are filled. */
function generalBudget(ctx: NarrativeContext): Input {
  const own = ctx.supp('budget.general.expense');
  if (!isMissing(own)) return own;
  const items = leafRows(ctx, 'T05').map((r) => ctx.supp(`budget.subject.${r.code}`));
  if (items.length === 0 || items.some(isMissing)) return own;
  return sumOf('补充信息 各项年初预算合计', items);
}

export const writeGeneralDetail: SectionWriter = (ctx): Block[] => {
  const g = generalExpense(ctx);
  const b = generalBudget(ctx);
  const rate = completionRuns(g, b);
  const items = subjectItems(ctx, 'T05', 'total');
  if (isShanghai(ctx)) {
    const reason = budgetReason(ctx, g, b, 'reason.general.budget');
    return [
      text(
        '一般公共预算财政拨款支出年初预算为',
        wan(b),
        '，支出决算为',
        wan(g),
        rate.length ? ['，', ...rate] : [],
        '。',
        reason.length ? [...reason, '。'] : [],
        items.length ? '其中：' : '',
      ),
      ...items,
    ];
  }
  return [
    text(
      ctx.yearText,
      '一般公共预算财政拨款支出年初预算数为',
      wan(b),
      '，支出决算数为',
      wan(g),
      rate.length ? ['，', ...rate] : [],
      items.length ? '，其中：' : '。',
    ),
    ...items,
  ];
};
