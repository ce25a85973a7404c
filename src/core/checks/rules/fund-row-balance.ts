import { rowColumnFindings, SUM_MESSAGE } from '../relation';
import type { Rule, RuleMeta } from '../types';
import { FUND_TABLES } from './fund-row-expense';

const meta: RuleMeta = {
  id: 'fund-row-balance',
  title: '政府性基金、国有资本经营预算财政拨款表 年末结转和结余',
  scope: '表内',
  severity: 'error',
  relation: '每一行：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出合计',
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
        'carryOut',
        [{ col: 'carryIn' }, { col: 'income' }, { col: 'expTotal', sign: -1 }],
        '年初结转和结余加本年收入减本年支出',
        true,
      ),
    );
  },
};
