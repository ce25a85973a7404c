import { rollupFindings, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't06-class-rollup',
  title: '基本支出决算明细表 经济分类类级汇总',
  scope: '表内',
  severity: 'error',
  relation: '经济分类每一类（301、302、303、310 等）= 所属各款之和',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return rollupFindings(meta, d, 'T06', ['amount']);
  },
};
