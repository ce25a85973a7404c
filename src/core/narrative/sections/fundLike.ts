/**
 * 八 政府性基金 / 九 国有资本经营 — same shape: 公开08/09表 合计行 (else the fund column of 公开04表); a unit without
 * such funds says so in the profile's sentence; otherwise every 项 科目 with 年初预算 vs 决算.
 */
import type { TableId } from '../../model/types';
import type { NarrativeContext } from '../context';
import { isMissing, wan, type Input } from '../phrasing';
import { isShanghai, subjectItems, text, type Block } from './common';

interface FundFigures {
  readonly income: Input;
  readonly carryIn: Input;
  readonly expTotal: Input;
  readonly expBasic?: Input;
  readonly expProject?: Input;
  readonly carryOut: Input;
}

function figures(ctx: NarrativeContext, id: TableId, t04col: 'fund' | 'soe'): FundFigures {
  if (ctx.table(id)?.totalRow) {
    const c = (k: string) => ctx.total(id, k);
    return {
      income: c('income'),
      carryIn: c('carryIn'),
      expTotal: c('expTotal'),
      expBasic: c('expBasic'),
      expProject: c('expProject'),
      carryOut: c('carryOut'),
    };
  }
  const i = (k: string) => ctx.item('T04', k);
  return {
    income: i(`income.${t04col}`),
    carryIn: i(`carryIn.${t04col}`),
    expTotal: i(`expense.total.${t04col}`),
    carryOut: i(`carryOut.${t04col}`),
  };
}

/** True when every figure is present and zero (a missing figure does not prove the unit has none). */
function none(f: FundFigures): boolean {
  return [f.income, f.carryIn, f.expTotal, f.carryOut].every((x) => !isMissing(x) && x.value.isZero());
}

export function writeFundLike(
  ctx: NarrativeContext,
  id: 'T08' | 'T09',
  words: { name: string; hunanNone: string; shanghaiNone: string },
): Block[] {
  const f = figures(ctx, id, id === 'T08' ? 'fund' : 'soe');
  const empty = none(f);
  if (isShanghai(ctx)) {
    if (empty) return [text(ctx.unit(), ctx.yearText, words.shanghaiNone, '。')];
    const items = subjectItems(ctx, id, 'expTotal');
    return [
      text(words.name, '收入', wan(f.income), '，支出', wan(f.expTotal), items.length ? '，支出具体情况如下：' : '。'),
      ...items,
    ];
  }
  const split =
    f.expBasic && f.expProject ? ['，其中基本支出', ...wan(f.expBasic), '，项目支出', ...wan(f.expProject)] : [];
  const head = [
    ctx.yearText,
    words.name,
    '收入',
    ...wan(f.income),
    '；年初结转和结余',
    ...wan(f.carryIn),
    '；支出',
    ...wan(f.expTotal),
    ...split,
    '；年末结转和结余',
    ...wan(f.carryOut),
    '。',
  ];
  if (empty) return [text(head, words.hunanNone, '。')];
  const items = subjectItems(ctx, id, 'expTotal');
  return [text(head, items.length ? '具体情况如下：' : ''), ...items];
}
