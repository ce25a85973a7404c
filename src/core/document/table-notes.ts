/**
 * What the profile prints under each table. Shanghai 2024: the template's "注：本表反映…" lines and, for 公开08/09表
 * without data, its statement "说明：上海市XX局本年度没有…收入和支出，故本表无数据。" (template 第二部分). Hunan 2021: the
 * seeds lost their tables, so only the empty-table statement of domain.md ("本单位无…收支") is printed.
 */
import type { ProfileId, TableId } from '../model/types';

export const SHANGHAI_TABLE_NOTES: Readonly<Record<TableId, string>> = {
  T01: '注：本表反映部门本年度的总收支和年末结转结余情况。',
  T02: '注：本表反映部门本年度取得的各项收入情况。',
  T03: '注：本表反映部门本年度各项支出情况。',
  T04: '注：本表反映部门本年度财政拨款总收支和结转结余情况。',
  T05: '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
  T06: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
  T07: '注：本表反映部门本年度“三公”经费支出预决算情况。',
  T08: '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
  T09: '注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。',
};

const FUND_NOUN: Partial<Record<TableId, string>> = {
  T08: '政府性基金预算财政拨款',
  T09: '国有资本经营预算财政拨款',
};

export function tableNote(profile: ProfileId, id: TableId): string | undefined {
  return profile === 'shanghai-2024' ? SHANGHAI_TABLE_NOTES[id] : undefined;
}

/** The statement printed under an empty 公开08/09表. */
export function emptyTableNote(profile: ProfileId, id: TableId, unit: string | undefined): string | undefined {
  const noun = FUND_NOUN[id];
  if (!noun) return undefined;
  return profile === 'shanghai-2024'
    ? `说明：${unit ?? '本单位'}本年度没有${noun}收入和支出，故本表无数据。`
    : `说明：本单位无${noun}收支，故本表无数据。`;
}
