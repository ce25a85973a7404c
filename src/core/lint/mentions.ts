import { Dec, halfUnit } from '../decimal/dec';
import type { BudgetKind, Direction, Mention, MentionRole } from './types';

/**
 * Reads the numbers of one sentence: amounts (万元/元/亿元), percentages and counts (个, 人次, 辆, 台（套）…),
 * each with the clause text before it (its label) and its role (本年 figure, 上年 figure, 增减额, 年初预算).
 * Numbers without a unit (years, dates, document numbers) and thresholds ("50万元以上") are not claims.
 */
const NUMBER_RE =
  /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|亿元|千元|元|%|个(?!百分点)|人次|人|辆|台（套）|台套|台|套|批次)/g;
const THRESHOLD_AFTER = /^(以上|以下|以内|（含）|及以上|左右)/;
const BOUNDARY = '，；：、。！？\n';

/** Direction words (domain.md, "Wording"): 增加/增长 up, 减少/下降 down, 持平 flat; "增减" says nothing. */
export const DIRECTION_WORDS: Readonly<Record<string, Direction>> = {
  增减: 'bad',
  增加: 'up',
  增长: 'up',
  上升: 'up',
  提高: 'up',
  超支: 'up',
  减少: 'down',
  下降: 'down',
  降低: 'down',
  节约: 'down',
  节省: 'down',
};
const DIRECTION_AT_END = /(增减|增加|增长|上升|提高|超支|减少|下降|降低|节约|节省)(了|为|约|达)?$/;

export interface MentionContext {
  readonly sentence: number;
  /** 元 amounts are read as 万元 (the text is in 万元 and 元 is a slip). */
  readonly yuanIsWan: boolean;
  /** The unit's name (编制单位), dropped from the head of labels. */
  readonly unitName?: string;
  nextId: () => number;
}

export function readMentions(text: string, offset: number, ctx: MentionContext): Mention[] {
  const out: Mention[] = [];
  let prevEnd = 0;
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(text))) {
    const before = text[m.index - 1];
    if (before !== undefined && /[\d.,A-Za-z]/.test(before)) continue;
    const end = m.index + m[0].length;
    if (THRESHOLD_AFTER.test(text.slice(end, end + 4))) continue;
    const unit = m[3];
    const kind = unit === '%' ? 'percent' : /元$/.test(unit) ? 'amount' : 'count';
    const written = Dec.parse(m[1].replace(/,/g, '') + (m[2] !== undefined ? '.' + m[2] : ''))!;
    const decimals = m[2]?.length ?? 0;
    // A figure written without decimals is taken as exact to the cent ("8万元" = 8.00); otherwise as written.
    const halfDecimals = decimals === 0 ? 2 : decimals;
    let value = written;
    let half = kind === 'count' ? Dec.ZERO : halfUnit(halfDecimals);
    const unitSuspect = unit === '元' && ctx.yuanIsWan;
    if (kind === 'amount' && !unitSuspect) {
      const shift = unit === '亿元' ? 4 : unit === '千元' ? -1 : unit === '元' ? -4 : 0;
      value = written.shift(shift);
      half = half.shift(shift);
    }
    let ls = m.index;
    while (ls > prevEnd && !BOUNDARY.includes(text[ls - 1])) ls--;
    const rawLabel = text.slice(ls, m.index);
    let ae = end;
    while (ae < text.length && !BOUNDARY.includes(text[ae])) ae++;
    const after = text.slice(end, ae);
    const dm = DIRECTION_AT_END.exec(rawLabel);
    const label = cleanLabel(rawLabel, ctx.unitName);
    const role: MentionRole = dm ? 'diff' : roleOf(label, kind);
    const directionWord = dm
      ? { word: dm[1], start: offset + ls + dm.index, end: offset + ls + dm.index + dm[1].length }
      : undefined;
    out.push({
      id: ctx.nextId(),
      kind,
      value,
      shown: { value, half },
      decimals,
      unit,
      start: offset + m.index,
      end: offset + end,
      label,
      budgetKind: role === 'budget' ? budgetKind(rawLabel) : undefined,
      rawLabel,
      after,
      role,
      direction: dm ? DIRECTION_WORDS[dm[1]] : undefined,
      directionWord,
      unitSuspect: unitSuspect || undefined,
      sentence: ctx.sentence,
    });
    prevEnd = end;
  }
  return out;
}

function roleOf(label: string, kind: Mention['kind']): MentionRole {
  if (kind !== 'amount') return 'main';
  if (/^(与|较|同|比)/.test(label) || /上年|上一年|去年/.test(label)) return 'prior';
  const l = withoutFundNames(label);
  if (/年初预算|调整预算|全年预算|预算数|预算为|支出预算|预算安排|^预算|^调整数/.test(l) && !/决算/.test(l))
    return 'budget';
  return 'main';
}

/** "一般公共预算财政拨款支出" names a fund, not a budget figure: the fund names are dropped before 预算 is read. */
export function withoutFundNames(s: string): string {
  return s.replace(/一般公共预算|政府性基金预算|国有资本经营预算|预算财政拨款|预算单位|预算绩效|部门预算/g, '');
}

/** Capability 4: 年初预算, 全年预算/调整预算 and a plain 预算 are three different figures. */
export function budgetKind(rawLabel: string): BudgetKind {
  const l = withoutFundNames(rawLabel);
  if (/调整(后)?预算|全年预算|预算调整|^调整数/.test(l)) return 'adjusted';
  if (/年初预算|年初.*预算/.test(l)) return 'initial';
  return 'plain';
}

/** Words that make a clause head part of the figure's name, never a unit's name before the year. */
const CONCEPT_WORD = /收|支|费|预算|决算|合计|总计|结转|结余|经费|资金|资产|采购|拨款|金额|^(与|较|同|比|占|上年|去年)/;
/** How the name of a 预算单位 ends (局, 办公室, 委员会, 中心, 街道办事处, 学校 …). */
const UNIT_END =
  /(局|办|办公室|委员会|委|中心|政府|院|所|站|队|部|厅|处|科|室|馆|校|会|团|社|街道|乡|镇|公司|单位|部门|机关|机构|集团|医院)$/;

/**
 * Label without item markers, "其中", the unit's name, years and filler words:
 * "其中：2021年度收入合计为" → "收入合计"; "益阳市XX局2021年度收入支出总计" → "收入支出总计";
 * "XX局本年度收入支出总计" → "收入支出总计" (capability 1: the concept is decided from the whole label, and the
 * unit's name before the year is not part of it).
 */
export function cleanLabel(raw: string, unitName?: string): string {
  let l = raw
    .replace(/^(\d{1,2}[、.]|（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}、)/, '')
    .replace(/^(其中|主要用于以下方面|主要用于)/, '');
  if (unitName && unitName.length >= 2 && l.startsWith(unitName)) l = l.slice(unitName.length);
  const head = /^([^，；：、]{2,}?)(\d{4}年度?|本年度)/.exec(l);
  if (head && UNIT_END.test(head[1]) && !CONCEPT_WORD.test(head[1])) l = l.slice(head[1].length);
  return l
    .replace(/\d{4}年(度)?/g, '')
    .replace(/^(本部门|本单位|我单位|我部门|部门（单位）|单位)/, '')
    .replace(/^(本年度?|全年)/, '')
    .replace(/[（“”"]+$/, '')
    .replace(/(为|是|达|共计|约)$/, '');
}
