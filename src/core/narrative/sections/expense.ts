/** 三、支出决算情况说明: non-zero columns of 公开03表 合计行 and their shares of 本年支出合计. */
import type { Input } from '../phrasing';
import { wan } from '../phrasing';
import type { Run } from '../types';
import { isShanghai, text, type Block, type SectionWriter } from './common';
import { shareList } from './income';

const COLUMNS: [string, string][] = [
  ['basic', '基本支出'],
  ['project', '项目支出'],
  ['toSuperior', '上缴上级支出'],
  ['operating', '经营支出'],
  ['toAffiliated', '对附属单位补助支出'],
];

export const writeExpense: SectionWriter = (ctx): Block[] => {
  const t03 = ctx.table('T03');
  const total: Input = t03?.totalRow ? ctx.total('T03', 'total') : ctx.item('T01', 'expense.total');
  // Without 公开03表 the template's 基本支出 and 项目支出 stay in the sentence as visible gaps.
  const cols = t03?.totalRow ? COLUMNS.filter(([c]) => t03.totalRow?.[c]) : COLUMNS.slice(0, 2);
  const parts = cols.map(([c, name]) => ({ name, x: ctx.total('T03', c) }));
  const list = shareList(ctx, total, parts);
  const lead: Run[] = isShanghai(ctx) ? ['本年支出合计'] : [ctx.yearText, '支出合计'];
  return [text(lead, wan(total), list.length ? ['，其中：', ...list] : [], '。')];
};
