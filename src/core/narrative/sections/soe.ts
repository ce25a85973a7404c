/** 九、国有资本经营预算财政拨款收入支出决算情况说明 (公开09表). */
import type { SectionWriter } from './common';
import { writeFundLike } from './fundLike';

export const writeSoe: SectionWriter = (ctx) =>
  writeFundLike(ctx, 'T09', {
    name: '国有资本经营预算财政拨款',
    hunanNone: '本单位无国有资本经营预算收支',
    shanghaiNone: '无国有资本经营预算财政拨款收入和支出',
  });
