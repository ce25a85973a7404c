import { Dec, halfUnit } from '../decimal/dec';
import type { Direction, Mention, MentionRole } from './types';

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
    const role: MentionRole = dm ? 'diff' : roleOf(cleanLabel(rawLabel), kind);
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
      label: cleanLabel(rawLabel),
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
  if (/年初预算|预算数|预算为|支出预算|预算安排|^预算/.test(label) && !/决算/.test(label)) return 'budget';
  return 'main';
}

/** Label without item markers, "其中", years and filler words: "其中：2021年度收入合计为" → "收入合计". */
export function cleanLabel(raw: string): string {
  return raw
    .replace(/^(\d{1,2}[、.]|（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}、)/, '')
    .replace(/^(其中|主要用于以下方面|主要用于)/, '')
    .replace(/\d{4}年(度)?/g, '')
    .replace(/^(本部门|本单位|我单位|我部门|部门（单位）|单位)/, '')
    .replace(/^(本年度?|全年)/, '')
    .replace(/[（“”"]+$/, '')
    .replace(/(为|是|达|共计|约)$/, '');
}
