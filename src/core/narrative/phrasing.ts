/**
 * Wording rules for figures (domain.md "Numbers"), as small functions returning runs:
 * - amounts: 2 decimals in 万元;
 * - percentages: 2 decimals, half-up; an exact 0 or 100 is written "0%" / "100%";
 * - change: the direction word comes from the sign of the exact difference — 增加 X 万元，增长 Y% / 减少 X 万元，
 *   下降 Y% / 持平; X = |本年 − 上年|, Y = X / 上年; no percentage when 上年 is 0 (上年无此项…);
 * - 完成率 = 决算 / 预算, none when 预算 is 0; both 0 → "本年无此项支出" (never "100%" for 0/0);
 * - shares of a whole use the table's own total as base; independent rounding or largest remainder.
 * A missing input (table figure or 补充信息 line) stays a visible placeholder, and so does every figure computed
 * from it: nothing is invented.
 */
import { Dec } from '../decimal/dec';
import type { Calc, CalcOp, Operand, Placeholder, Run, Token, TokenUnit } from './types';

/** A figure input: a value with its cells, or the placeholder standing for it when it is missing. */
export type Input = Operand | Placeholder;

export const REASON_PLACEHOLDER = '【请填写主要原因】';
export const USE_PLACEHOLDER = '【请填写主要用途】';

export function isMissing(x: Input): x is Placeholder {
  return (x as Placeholder).kind === 'placeholder';
}

export function placeholder(key: string, label: string, text = `【请填写：${label}】`): Placeholder {
  return { kind: 'placeholder', key, label, text };
}

/**
 * A gap of a template sentence that follows from a missing input (a direction word, a computed amount or rate):
 * shown as `text` (【增加/减少】, 【请填写】), listed under the missing input's key and label, so each gap to fill is
 * listed once and never nested inside another.
 */
export function choiceGap(missing: Placeholder, text: string): Placeholder {
  return { kind: 'placeholder', key: missing.key, label: missing.label, text };
}

function cellsOf(of: readonly Operand[]): Operand['cells'] {
  const seen = new Set<string>();
  const out: Operand['cells'][number][] = [];
  for (const o of of)
    for (const c of o.cells) {
      const k = `${c.sheet}!${c.row}:${c.col}`;
      if (!seen.has(k)) {
        seen.add(k);
        out.push(c);
      }
    }
  return out;
}

export function makeToken(value: Dec, text: string, unit: TokenUnit, op: CalcOp, of: readonly Operand[]): Token {
  const calc: Calc = { op, of };
  return { kind: 'token', value, text, unit, sources: cellsOf(of), calc };
}

/** "1217.92": amounts always with 2 decimals (half-up). */
export function formatAmount(v: Dec): string {
  return v.toFixed(2);
}

/** Count or score: as entered, without trailing zeros ("9500", "93.5"). */
export function formatCount(v: Dec): string {
  return v.normalize().toFixed();
}

/**
 * Percentage num/den × 100 as shown: exact 0 → "0", exact 100 → "100", otherwise 2 decimals half-up.
 * `den` must not be 0.
 */
export function percentOf(num: Dec, den: Dec): { value: Dec; text: string } {
  if (num.isZero()) return { value: Dec.ZERO, text: '0' };
  if (num.eq(den)) return { value: Dec.HUNDRED, text: '100' };
  const v = num.mul(Dec.HUNDRED).div(den, 2);
  return { value: v, text: v.toFixed(2) };
}

/** A sum of inputs as one operand (label given), or the first missing input. */
export function sumOf(label: string, xs: readonly Input[]): Input {
  const missing = xs.find(isMissing);
  if (missing) return missing;
  const ops = xs as Operand[];
  return { label, value: Dec.sum(ops.map((o) => o.value)), cells: cellsOf(ops) };
}

/** Amount as a token (op 'cell', or 'sum' when the operand stands for several cells), or its placeholder. */
export function amount(x: Input): Run {
  if (isMissing(x)) return x;
  return makeToken(x.value, formatAmount(x.value), '万元', x.cells.length > 1 ? 'sum' : 'cell', [x]);
}

/** ["X", "万元"] runs for an amount. */
export function wan(x: Input): Run[] {
  return [amount(x), '万元'];
}

/** A count or score from 补充信息 as a token. */
export function count(x: Input, unit: TokenUnit = 'count'): Run {
  if (isMissing(x)) return x;
  return makeToken(x.value, formatCount(x.value), unit, 'cell', [x]);
}

export function isZero(x: Input): boolean {
  return !isMissing(x) && x.value.isZero();
}

/** Share part/whole as a percentage token; undefined when the whole is 0 (no base). */
export function shareToken(part: Operand, whole: Operand): Token | undefined {
  if (whole.value.isZero()) return undefined;
  const p = percentOf(part.value, whole.value);
  return makeToken(p.value, p.text, '%', 'share', [part, whole]);
}

/**
 * Shares of several parts over one whole. 'independent': each share is rounded on its own (domain default);
 * 'largest-remainder': the shares (in 0.01% steps) are floored and the leftover steps go to the largest remainders,
 * so they total 100.00% — only when the parts add up exactly to the whole, otherwise independent.
 */
export function shares(
  parts: readonly Operand[],
  whole: Operand,
  mode: 'independent' | 'largest-remainder',
): (Token | undefined)[] {
  if (whole.value.isZero()) return parts.map(() => undefined);
  const exactTotal = Dec.sum(parts.map((p) => p.value)).eq(whole.value);
  if (mode === 'independent' || !exactTotal || parts.some((p) => p.value.sign() < 0))
    return parts.map((p) => shareToken(p, whole));
  // Work in 0.01% steps: share_i × 100 steps, exact as a fraction num_i / den.
  const scale = Math.max(whole.value.scale, ...parts.map((p) => p.value.scale));
  const den = whole.value.shift(scale).units;
  const nums = parts.map((p) => p.value.shift(scale).units * 10000n);
  const floors = nums.map((n) => n / den);
  let left = 10000n - floors.reduce((a, b) => a + b, 0n);
  const order = nums
    .map((n, i) => ({ i, rem: n % den }))
    .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  const steps = [...floors];
  for (const { i, rem } of order) {
    if (left <= 0n) break;
    if (rem === 0n) continue;
    steps[i] += 1n;
    left -= 1n;
  }
  return parts.map((p, i) => {
    if (p.value.isZero()) return makeToken(Dec.ZERO, '0', '%', 'share', [p, whole]);
    if (p.value.eq(whole.value)) return makeToken(Dec.HUNDRED, '100', '%', 'share', [p, whole]);
    const v = Dec.of(steps[i], 2);
    return makeToken(v, v.toFixed(2), '%', 'share', [p, whole]);
  });
}

/** "占" + share + "%" runs (Hunan/Shanghai item lists); empty when there is no base. */
export function shareRuns(share: Token | undefined, lead = '占'): Run[] {
  return share ? [lead, share, '%'] : [];
}

export type Direction = 'up' | 'down' | 'equal';

export function direction(cur: Dec, base: Dec): Direction {
  const s = cur.sub(base).sign();
  return s > 0 ? 'up' : s < 0 ? 'down' : 'equal';
}

export interface ChangeOptions {
  /** What the item is, for the zero-base sentence: "上年无此项收入" / "上年无此项支出". */
  readonly noun?: '收入' | '支出';
}

/**
 * Year-on-year change: "增加 X 万元，增长 Y%" / "减少 X 万元，下降 Y%" / "持平"; base 0 → "增加 X 万元（上年无此项支出）".
 * A missing input yields a note naming its placeholder (so the gap is listed even where the prior figure is not
 * printed, as in the Shanghai wording).
 */
export function changeRuns(cur: Input, prior: Input, opts: ChangeOptions = {}): Run[] {
  if (isMissing(cur) || isMissing(prior)) {
    // The template's own sentence with its gaps; every gap stands for the missing input (listed once).
    const missing = isMissing(prior) ? prior : (cur as Placeholder);
    const g = (text: string) => choiceGap(missing, text);
    return [g('【增加/减少】'), g('【请填写】'), '万元，', g('【增长/下降】'), g('【请填写】'), '%'];
  }
  const dir = direction(cur.value, prior.value);
  if (dir === 'equal') return ['持平'];
  const x = cur.value.sub(prior.value).abs();
  const diff = makeToken(x, formatAmount(x), '万元', 'diff', [cur, prior]);
  const [verb, rate] = dir === 'up' ? ['增加', '增长'] : ['减少', '下降'];
  if (prior.value.isZero()) return [verb, diff, `万元（上年无此项${opts.noun ?? '支出'}）`];
  const p = percentOf(x, prior.value.abs());
  const pct = makeToken(p.value, p.text, '%', 'growth', [cur, prior]);
  return [verb, diff, '万元，', rate, pct, '%'];
}

/** Direction of a change as one word for the reason clause: 增加 / 减少 / 持平. */
export function changeWord(cur: Input, prior: Input): '增加' | '减少' | '持平' | undefined {
  if (isMissing(cur) || isMissing(prior)) return undefined;
  const d = direction(cur.value, prior.value);
  return d === 'up' ? '增加' : d === 'down' ? '减少' : '持平';
}

/**
 * 完成率: "完成年初预算的 Y%" (lead configurable). No 完成率 when the budget is 0; when both are 0 the caller says
 * there was none (see bothZero). Returns [] when no rate applies.
 */
export function completionRuns(actual: Input, budget: Input, lead = '完成年初预算的'): Run[] {
  if (isMissing(actual) || isMissing(budget)) {
    const missing = isMissing(budget) ? budget : (actual as Placeholder);
    return [lead, choiceGap(missing, '【请填写】'), '%'];
  }
  if (budget.value.isZero()) return [];
  const p = percentOf(actual.value, budget.value);
  return [lead, makeToken(p.value, p.text, '%', 'ratio', [actual, budget]), '%'];
}

export function bothZero(a: Input, b: Input): boolean {
  return isZero(a) && isZero(b);
}

/** 决算 vs 预算 comparison word: 大于 / 小于 / 等于 (undefined when an input is missing). */
export function compareWord(actual: Input, budget: Input): '大于' | '小于' | '等于' | undefined {
  if (isMissing(actual) || isMissing(budget)) return undefined;
  const d = direction(actual.value, budget.value);
  return d === 'up' ? '大于' : d === 'down' ? '小于' : '等于';
}

/**
 * Text typed by a person (补充信息 reasons, uses, contents) made to sit inside a sentence: whitespace trimmed,
 * half-width punctuation next to Chinese made full-width, trailing 。；，、 removed (the sentence adds its own).
 */
export function cleanText(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/:/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/\?/g, '？')
    .replace(/!/g, '！');
  // A half-width full stop only when it ends a clause (not a decimal point).
  s = s.replace(/\.(?!\d)/g, '。');
  s = s.replace(/ ?([，；：（）。、]) ?/g, '$1');
  s = s.replace(/[。；，、\s]+$/u, '');
  return s;
}

/** Joins run lists with a separator string. */
export function joinRuns(parts: readonly Run[][], sep: string): Run[] {
  const out: Run[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(sep);
    out.push(...p);
  });
  return out;
}

/** Merges adjacent strings (for tidy paragraphs and stable tests). */
export function tidy(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (typeof r === 'string') {
      if (r === '') continue;
      const last = out[out.length - 1];
      if (typeof last === 'string') out[out.length - 1] = last + r;
      else out.push(r);
    } else out.push(r);
  }
  return out;
}
