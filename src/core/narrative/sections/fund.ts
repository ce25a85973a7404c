/** 八、政府性基金预算（财政拨款）收入支出决算情况说明 (公开08表). */
import type { SectionWriter } from './common';
import { writeFundLike } from './fundLike';

export const writeFund: SectionWriter = (ctx) =>
  writeFundLike(ctx, 'T08', {
    name: '政府性基金预算财政拨款',
    hunanNone: '本单位无政府性基金收支',
    shanghaiNone: '无政府性基金预算财政拨款收入和支出',
  });
