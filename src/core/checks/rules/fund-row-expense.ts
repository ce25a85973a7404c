import type { TableId } from '../../model/types';
import { rowColumnFindings, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';

/** 政府性基金 (T08) and 国有资本经营 (T09) 财政拨款 tables share one layout. */
export const FUND_TABLES: readonly TableId[] = ['T08', 'T09'];

const meta: RuleMeta = {
  id: 'fund-row-expense',
  title: '政府性基金、国有资本经营预算财政拨款表 本年支出合计栏',
  scope: '表内',
  severity: 'error',
  relation: '每一行：本年支出合计 = 基本支出 + 项目支出',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    return FUND_TABLES.flatMap((id) =>
      rowColumnFindings(
        meta,
        d,
        id,
        'expTotal',
        [{ col: 'expBasic' }, { col: 'expProject' }],
        '基本支出与项目支出之和',
      ),
    );
  },
};
