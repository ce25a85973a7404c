/** 四、财政拨款收入支出决算总体情况说明 (公开04表 totals vs 补充信息 上年财政拨款数). */
import { wan } from '../phrasing';
import { changeWithReason, hunanVsPrior, isShanghai, text, type Block, type SectionWriter } from './common';

export const writeFiscal: SectionWriter = (ctx): Block[] => {
  const t = (k: string) => ctx.item('T04', k);
  if (isShanghai(ctx)) {
    return [
      text(
        ctx.unit(),
        ctx.yearText,
        '财政拨款收入支出总计',
        wan(t('income.grand')),
        '。与',
        ctx.priorYearText,
        '相比，财政拨款收入支出总计',
        changeWithReason(ctx, t('income.grand'), ctx.supp('prior.fiscal.grand'), 'reason.fiscal.grand'),
        '。',
      ),
    ];
  }
  return [
    text(
      ctx.yearText,
      '财政拨款收入',
      wan(t('income.total')),
      '，年初财政拨款结转和结余',
      wan(t('carryIn.total')),
      '，总计',
      wan(t('income.grand')),
      '，',
      hunanVsPrior(
        ctx,
        '财政拨款收入',
        t('income.total'),
        ctx.supp('prior.fiscal.income'),
        'reason.fiscal.income',
        '收入',
      ),
      '。',
    ),
    text(
      ctx.yearText,
      '财政拨款支出',
      wan(t('expense.total.total')),
      '，年末财政拨款结转和结余',
      wan(t('carryOut.total')),
      '，总计',
      wan(t('expense.grand.total')),
      '，',
      hunanVsPrior(
        ctx,
        '财政拨款支出',
        t('expense.total.total'),
        ctx.supp('prior.fiscal.expense'),
        'reason.fiscal.expense',
        '支出',
      ),
      '。',
    ),
  ];
};
