/** 一、收入支出决算总体情况说明 (公开01表 totals vs 补充信息 上年数). */
import { nonZero, changeWithReason, hunanVsPrior, isShanghai, text, type Block, type SectionWriter } from './common';
import { wan } from '../phrasing';

export const writeOverall: SectionWriter = (ctx): Block[] => {
  const t = (k: string) => ctx.item('T01', k);
  if (isShanghai(ctx)) {
    // 上海：收入支出总计 vs 上年.
    return [
      text(
        ctx.unit(),
        ctx.yearText,
        '收入支出总计',
        wan(t('income.grand')),
        '。与',
        ctx.priorYearText,
        '相比，收入支出总计',
        changeWithReason(ctx, t('income.grand'), ctx.supp('prior.grand'), 'reason.grand'),
        '。',
      ),
    ];
  }
  const useBalance = t('income.useNonFiscalBalance');
  const surplus = t('expense.surplusDistribution');
  return [
    text(
      ctx.yearText,
      '收入',
      wan(t('income.total')),
      '，',
      nonZero(useBalance) ? ['使用非财政拨款结余', ...wan(useBalance), '，'] : [],
      '年初结转和结余',
      wan(t('income.carryIn')),
      '，总计',
      wan(t('income.grand')),
      '，',
      hunanVsPrior(ctx, '收入', t('income.total'), ctx.supp('prior.income.total'), 'reason.income', '收入'),
      '。',
    ),
    text(
      ctx.yearText,
      '支出',
      wan(t('expense.total')),
      '，',
      nonZero(surplus) ? ['结余分配', ...wan(surplus), '，'] : [],
      '年末结转和结余',
      wan(t('expense.carryOut')),
      '，总计',
      wan(t('expense.grand')),
      '，',
      hunanVsPrior(ctx, '支出', t('expense.total'), ctx.supp('prior.expense.total'), 'reason.expense', '支出'),
      '。',
    ),
  ];
};
