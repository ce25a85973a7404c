import type { Disclosure } from '../../model/types';
import { itemTerm, rowTerm, tableTitle } from '../format';
import { checkSum, compact, SUM_MESSAGE } from '../relation';
import type { Rule, Term, RuleMeta } from '../types';

/** 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助; 公用经费 = 302 商品和服务支出 + 310 资本性支出 (domain.md, table 06). */
export const T06_GROUPS = [
  {
    key: 'personnelTotal',
    name: '人员经费合计',
    classes: ['301', '303'],
    of: '工资福利支出（301）与对个人和家庭的补助（303）之和',
  },
  {
    key: 'publicTotal',
    name: '公用经费合计',
    classes: ['302', '310'],
    of: '商品和服务支出（302）与资本性支出（310）之和',
  },
] as const;

/** The 类 rows of a group; when a 类 row is not printed, its 款 rows stand for it. */
export function groupTerms(d: Disclosure, classes: readonly string[]): Term[] {
  const t = d.tables.T06;
  if (!t) return [];
  return classes.flatMap((cls) => {
    const own = t.rows.filter((r) => r.code === cls);
    const rows = own.length ? own : t.rows.filter((r) => r.code.startsWith(cls) && r.code.length === 5);
    return rows.map((r) => rowTerm(d, 'T06', r, 'amount'));
  });
}

const meta: RuleMeta = {
  id: 't06-group-totals',
  title: '基本支出决算明细表 人员经费合计、公用经费合计',
  scope: '表内',
  severity: 'error',
  relation:
    '人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助；公用经费合计 = 302 商品和服务支出 + 310 资本性支出',
  message: SUM_MESSAGE,
};

export const rule: Rule = {
  meta,
  check({ disclosure: d }) {
    if (!d.tables.T06) return [];
    return compact(
      T06_GROUPS.map((g) =>
        checkSum(meta, {
          total: itemTerm(d, 'T06', g.key),
          parts: groupTerms(d, g.classes),
          what: `${tableTitle(d, 'T06')} ${g.name}`,
          of: g.of,
        }),
      ),
    );
  },
};
