import type { ProfileId, TableId } from '../model/types';

/**
 * Template profiles, as data. Table ids mean the same table in every profile; what differs is the printed
 * title, the 情况说明 sections and their wording (the wording lives with the narrative generator).
 *
 * Sources: hunan-2021 — the two 2021 益阳市赫山区 documents in shared/seeds (目录 and 第三部分);
 * shanghai-2024 — shared/templates/shanghai-2024-template.txt (目录, 第二部分 table titles, 第三部分).
 */
export interface SectionDef {
  /** Stable id used by the narrative generator and the linter. */
  readonly id: string;
  readonly title: string;
  readonly subsections?: readonly { readonly id: string; readonly title: string }[];
}

export interface Profile {
  readonly id: ProfileId;
  readonly name: string;
  readonly tableTitles: Readonly<Record<TableId, string>>;
  /** 第三部分 情况说明 sections in order; numbering 一、二、… is generated, never stored. */
  readonly sections: readonly SectionDef[];
  /** How numbered items inside a section are printed: "1、" (hunan seeds, Shanghai template) or "1." */
  readonly itemStyle: '1、' | '1.';
  /** Shares: independent rounding (each share recomputes exactly) or largest remainder (shares total 100.00%). */
  readonly shareRounding: 'independent' | 'largest-remainder';
}

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  'hunan-2021': {
    id: 'hunan-2021',
    name: '湖南/财政部 2021 格式（十四部分说明）',
    tableTitles: {
      T01: '收入支出决算总表',
      T02: '收入决算表',
      T03: '支出决算表',
      T04: '财政拨款收入支出决算总表',
      T05: '一般公共预算财政拨款支出决算表',
      T06: '一般公共预算财政拨款基本支出决算明细表',
      T07: '一般公共预算财政拨款“三公”经费支出决算表',
      T08: '政府性基金预算财政拨款收入支出决算表',
      T09: '国有资本经营预算财政拨款支出决算表',
    },
    sections: [
      { id: 'overall', title: '收入支出决算总体情况说明' },
      { id: 'income', title: '收入决算情况说明' },
      { id: 'expense', title: '支出决算情况说明' },
      { id: 'fiscal', title: '财政拨款收入支出决算总体情况说明' },
      {
        id: 'general',
        title: '一般公共预算财政拨款支出决算情况说明',
        subsections: [
          { id: 'general.overall', title: '一般公共预算财政拨款支出决算总体情况' },
          { id: 'general.structure', title: '一般公共预算财政拨款支出决算结构情况' },
          { id: 'general.detail', title: '一般公共预算财政拨款支出决算具体情况' },
        ],
      },
      { id: 'basic', title: '一般公共预算财政拨款基本支出决算情况说明' },
      {
        id: 'threePublic',
        title: '一般公共预算财政拨款“三公”经费支出决算情况说明',
        subsections: [
          { id: 'threePublic.overall', title: '“三公”经费财政拨款支出决算总体情况说明' },
          { id: 'threePublic.detail', title: '“三公”经费财政拨款支出决算具体情况说明' },
        ],
      },
      { id: 'fund', title: '政府性基金预算收入支出决算情况说明' },
      { id: 'soe', title: '国有资本经营预算财政拨款收入支出决算情况说明' },
      { id: 'operatingCost', title: '机关运行经费支出说明' },
      { id: 'generalSpending', title: '一般性支出情况说明' },
      { id: 'procurement', title: '政府采购支出说明' },
      { id: 'assets', title: '国有资产占用情况说明' },
      { id: 'performance', title: '预算绩效情况说明' },
    ],
    itemStyle: '1、',
    shareRounding: 'independent',
  },
  'shanghai-2024': {
    id: 'shanghai-2024',
    name: '上海 2024 模板（十一部分说明）',
    tableTitles: {
      T01: '收入支出决算总表',
      T02: '收入决算表',
      T03: '支出决算表',
      T04: '财政拨款收入支出决算总表',
      T05: '一般公共预算财政拨款支出决算表',
      T06: '一般公共预算财政拨款基本支出决算表',
      T07: '财政拨款“三公”经费支出决算表',
      T08: '政府性基金预算财政拨款收入支出决算表',
      T09: '国有资本经营预算财政拨款收入支出决算表',
    },
    sections: [
      { id: 'overall', title: '收入支出决算总体情况说明' },
      { id: 'income', title: '收入决算情况说明' },
      { id: 'expense', title: '支出决算情况说明' },
      { id: 'fiscal', title: '财政拨款收入支出决算总体情况说明' },
      {
        id: 'general',
        title: '一般公共预算财政拨款支出决算情况说明',
        subsections: [
          { id: 'general.overall', title: '一般公共预算财政拨款支出决算总体情况' },
          { id: 'general.structure', title: '一般公共预算财政拨款支出决算结构情况' },
          { id: 'general.detail', title: '一般公共预算财政拨款支出决算具体情况' },
        ],
      },
      { id: 'basic', title: '一般公共预算财政拨款基本支出决算情况说明' },
      {
        id: 'threePublic',
        title: '财政拨款“三公”经费支出决算情况说明',
        subsections: [
          { id: 'threePublic.overall', title: '“三公”经费财政拨款支出决算总体情况说明' },
          { id: 'threePublic.detail', title: '“三公”经费财政拨款支出决算具体情况说明' },
        ],
      },
      { id: 'fund', title: '政府性基金预算财政拨款收入支出决算情况说明' },
      { id: 'soe', title: '国有资本经营预算财政拨款收入支出决算情况说明' },
      { id: 'performance', title: '预算绩效管理情况' },
      {
        id: 'other',
        title: '其他重要事项的情况说明',
        subsections: [
          { id: 'operatingCost', title: '机关运行经费支出情况' },
          { id: 'procurement', title: '政府采购支出情况' },
          { id: 'assets', title: '国有资产占有使用情况说明' },
        ],
      },
    ],
    itemStyle: '1、',
    shareRounding: 'independent',
  },
};

export const PROFILE_IDS = Object.keys(PROFILES) as ProfileId[];

export function getProfile(id: string): Profile | undefined {
  return (PROFILES as Record<string, Profile>)[id];
}

/** 一 … 九十九, for section numbering. */
export function chineseNumeral(n: number): string {
  const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
}
