import { Dec } from './dec';

/** Money units found on a table's 单位 line. The model works in 万元. */
export type Unit = '元' | '千元' | '万元';

/** Power of ten from a unit to 万元: 元 → −4, 千元 → −1, 万元 → 0. */
export const UNIT_SHIFT_TO_WAN: Record<Unit, number> = { 元: -4, 千元: -1, 万元: 0 };

/** Exact conversion to 万元 (no rounding: 123456.78 元 = 12.345678 万元). */
export function toWan(value: Dec, unit: Unit): Dec {
  return value.shift(UNIT_SHIFT_TO_WAN[unit]);
}

/** Converts to 万元 and rounds half-up (四舍五入) to `places` decimals, as published figures are. */
export function toWanRounded(value: Dec, unit: Unit, places = 2): Dec {
  return toWan(value, unit).round(places);
}

/** Reads a 单位 line such as "单位：万元", "金额单位:元", "(单位: 千元)". */
export function parseUnit(text: string): Unit | undefined {
  const t = text.replace(/\s+/g, '');
  const m = /单位[:：]?(万元|千元|元)/.exec(t);
  if (m) return m[1] as Unit;
  return undefined;
}

export type ParsedAmount =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: Dec; readonly decimals: number }
  | { readonly kind: 'invalid'; readonly reason: string };

const EMPTY_MARKS = new Set(['', '-', '—', '——', '－', '–', '―', '/', '／', '　']);
const ERROR_VALUES = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** Full-width digits and signs to ASCII (０-９ ． ， － ＋ （ ）). */
const WIDE = /[\uFF01-\uFF5E\u3000]/;
export function toHalfWidth(s: string): string {
  if (!WIDE.test(s)) return s; // most cells: nothing to fold, no new string
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Parses what an accountant may put in an amount cell: numbers, numbers stored as text, "1,234.56",
 * full-width digits, "(123.45)" for negatives, "-"/"—"/blank for nothing. Anything else is `invalid`
 * with a reason in Chinese — never a silent zero.
 */
export function parseAmount(raw: unknown, shownDecimals?: number): ParsedAmount {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'invalid', reason: '不是有效数字' };
    const value = Dec.fromNumber(raw);
    return { kind: 'number', value, decimals: shownDecimals ?? value.normalize().scale };
  }
  if (typeof raw === 'boolean') return { kind: 'invalid', reason: `逻辑值 ${raw ? 'TRUE' : 'FALSE'} 不是金额` };
  if (typeof raw !== 'string') return { kind: 'invalid', reason: '无法识别的单元格内容' };
  const text = toHalfWidth(raw).trim();
  if (EMPTY_MARKS.has(text)) return { kind: 'empty' };
  if (ERROR_VALUES.test(text)) return { kind: 'invalid', reason: `错误值 ${text}` };
  let s = text.replace(/[\s,]/g, '').replace(/[¥￥]/g, '');
  let neg = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    neg = true;
    s = paren[1];
  }
  if (/^[-−–—]/.test(s)) {
    neg = !neg;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (/%$/.test(s)) return { kind: 'invalid', reason: `“${raw}”是百分比，不是金额` };
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(s)) return { kind: 'invalid', reason: `“${raw}”不是数字` };
  const d = Dec.parse(s)!;
  // A number typed as text shows exactly the decimals it was typed with.
  return { kind: 'number', value: neg ? d.neg() : d, decimals: d.scale };
}

/** Number of decimals an Excel number format shows: "#,##0.00" → 2, "0" → 0, "General" → undefined. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt) return undefined;
  // A workbook has a handful of formats and asks for them once per cell: each is worked out once.
  if (FORMAT_DECIMALS.has(numFmt)) return FORMAT_DECIMALS.get(numFmt);
  if (FORMAT_DECIMALS.size >= 1000) FORMAT_DECIMALS.clear();
  const d = decimalsOfFormat(numFmt);
  FORMAT_DECIMALS.set(numFmt, d);
  return d;
}

const FORMAT_DECIMALS = new Map<string, number | undefined>();

function decimalsOfFormat(numFmt: string): number | undefined {
  if (!numFmt || /^general$/i.test(numFmt) || numFmt === '@') return undefined;
  const section = numFmt.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (!/[0#?]/.test(section)) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}
