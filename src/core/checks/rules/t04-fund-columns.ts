import type { Figure } from '../../model/types';
import { itemName, tableTitle } from '../format';
import { checkSum, compact, SUM_MESSAGE } from '../relation';
import type { Rule, Term, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 't04-fund-columns',
  title: '财政拨款收入支出决算总表 合计栏',
  scope: '表内',
  severity: 'error',
  relation: '每一行（各类支出、本年支出合计、支出总计）：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    const t = d.tables.T04;
    if (!t) return [];
    const title = tableTitle(d, 'T04');
    const lines: { label: string; get: (c: string) => Figure | undefined }[] = [
      ...t.rows.map((r) => ({ label: `${r.code} ${r.name}`, get: (c: string) => r.values[c] })),
      { label: itemName('T04', 'expense.total.total'), get: (c: string) => t.items[`expense.total.${c}`] },
      { label: itemName('T04', 'expense.grand.total'), get: (c: string) => t.items[`expense.grand.${c}`] },
    ];
    const col = { general: '一般公共预算', fund: '政府性基金预算', soe: '国有资本经营预算' } as const;
    return compact(
      lines.map((l) => {
        const term = (c: string, name: string): Term => ({ figure: l.get(c), label: `${title} ${l.label} ${name}` });
        return checkSum(meta, {
          total: term('total', '合计'),
          parts: (['general', 'fund', 'soe'] as const).map((c) => term(c, col[c])),
          what: `${title} ${l.label} 合计栏`,
          of: '一般公共预算、政府性基金预算、国有资本经营预算三栏之和',
        });
      }),
    );
  },
};
