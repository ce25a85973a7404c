/**
 * 六、一般公共预算财政拨款基本支出决算情况说明: 人员经费 (301 + 303) and 公用经费 (302 + 310) of 公开06表, each with the
 * 经济分类 款 that are non-zero, in code order.
 */
import { economicSubject, normaliseSubjectName } from '../../catalogue';
import type { NarrativeContext } from '../context';
import { isMissing, shares, sumOf, wan, type Input } from '../phrasing';
import type { Operand, Run } from '../types';
import { isShanghai, text, type Block, type SectionWriter } from './common';

const PERSONNEL = ['301', '303'];
const PUBLIC = ['302', '310'];

/** Names of the non-zero 款 of the given 类, in code order (catalogue name, else the table's). */
export function economicItems(ctx: NarrativeContext, classes: readonly string[]): string[] {
  const rows = ctx
    .rows('T06', 2)
    .filter((r) => classes.includes(r.code.slice(0, 3)))
    .filter((r) => {
      const f = r.values.amount;
      return f !== undefined && f.state === 'number' && !f.value.isZero();
    });
  return [...rows]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((r) => economicSubject(r.code)?.name ?? normaliseSubjectName(r.name));
}

function groupTotal(ctx: NarrativeContext, key: 'personnelTotal' | 'publicTotal', classes: readonly string[]): Input {
  const own = ctx.item('T06', key);
  if (!isMissing(own)) return own;
  const rows = ctx.rows('T06', 1).filter((r) => classes.includes(r.code));
  if (rows.length === 0) return own;
  return sumOf(
    key === 'personnelTotal' ? '人员经费合计' : '公用经费合计',
    rows.map((r) => ctx.rowCell('T06', r, 'amount')),
  );
}

export const writeBasic: SectionWriter = (ctx): Block[] => {
  const basicT05 = ctx.table('T05')?.totalRow ? ctx.total('T05', 'basic') : undefined;
  const personnel = groupTotal(ctx, 'personnelTotal', PERSONNEL);
  const pub = groupTotal(ctx, 'publicTotal', PUBLIC);
  const basic = basicT05 ?? sumOf('基本支出（人员经费＋公用经费）', [personnel, pub]);
  const pNames = economicItems(ctx, PERSONNEL);
  const uNames = economicItems(ctx, PUBLIC);
  const sh = isShanghai(ctx);
  const incl = (names: string[]): Run[] => (names.length ? [sh ? '，主要包括：' : '，主要包括', names.join('、')] : []);
  const [pShare, uShare] =
    isMissing(basic) || isMissing(personnel) || isMissing(pub)
      ? [undefined, undefined]
      : shares([personnel, pub] as Operand[], basic, ctx.shareRounding);
  const shareOf = (t: typeof pShare): Run[] => (t && !sh ? ['，占基本支出的', t, '%'] : []);
  return [
    text(
      sh ? [] : [ctx.yearText],
      '一般公共预算财政拨款基本支出',
      wan(basic),
      sh ? '。其中：人员经费' : '，其中：人员经费',
      wan(personnel),
      shareOf(pShare),
      incl(pNames),
      '；公用经费',
      wan(pub),
      shareOf(uShare),
      incl(uNames),
      '。',
    ),
  ];
};
