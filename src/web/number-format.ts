import { Dec } from '../core/decimal/dec';

/**
 * A number as Excel shows it under its number format, for the web page's grid (ExcelJS gives no formatted text:
 * its `cell.text` of a number is the raw value, "9746.5" where the sheet shows "9,746.50").
 *
 * Covers the formats of accounting workbooks: up to four sections (positive; negative; zero; text), digit
 * placeholders 0 # ?, thousands separators, scaling commas, percent, quoted and escaped literals, `_x` padding,
 * `*x` fill, [Red]/[颜色]/conditions (dropped) and [$¥-804] currency. Rounding is exact and half away from zero (as
 * Excel), on the value first cut to 15 significant digits (as Excel stores and shows it). Anything else (dates,
 * fractions, scientific) falls back to the General display.
 */
export function formatNumber(v: number, numFmt: string | undefined): string {
  if (!Number.isFinite(v)) return String(v);
  const secs = splitSections(numFmt ?? '');
  const neg = v < 0;
  let section = secs[0] ?? '';
  let sign = neg ? '-' : '';
  if (neg && secs.length >= 2 && secs[1] !== '') {
    section = secs[1];
    sign = '';
  } else if (v === 0 && secs.length >= 3) section = secs[2];
  const parsed = parseSection(section);
  if (!parsed) return general(v);
  if (!parsed.digits) return (sign + parsed.prefix + parsed.suffix).trim();
  let d = decimalOf(Math.abs(v));
  d = d.shift(2 * parsed.percent - 3 * parsed.scaleThousands);
  const text = d.toFixed(parsed.decimals);
  let [int, frac = ''] = text.split('.');
  while (frac.length > parsed.minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (int === '0' && parsed.minInt === 0) int = '';
  int = int.padStart(parsed.minInt, '0');
  if (parsed.grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac || parsed.pointAlways ? `${int}.${frac}` : int;
  // A value that rounds to zero shows without a minus sign, as in Excel.
  const shownSign = /[1-9]/.test(body) ? sign : '';
  return (shownSign + parsed.prefix + body + parsed.suffix).trim();
}

/** The value as Excel keeps it: 15 significant digits (2.0000000000000004 is 2). */
function decimalOf(n: number): Dec {
  return Dec.fromNumber(Number(n.toPrecision(15)));
}

/** Excel's General display: up to 11 characters, rounded, without trailing zeros. */
function general(v: number): string {
  const abs = Math.abs(v);
  if (abs === 0) return '0';
  if (abs >= 1e11 || abs < 1e-9)
    return v
      .toExponential(5)
      .replace(/\.?0+e/, 'e')
      .replace('e', 'E');
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const places = Math.max(0, 10 - intDigits - (v < 0 ? 1 : 0));
  const d = decimalOf(abs).round(places).normalize();
  return (v < 0 && !d.isZero() ? '-' : '') + d.toFixed();
}

function splitSections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end;
      cur += code.slice(i, stop + 1);
      i = stop;
    } else if (c === '\\' || c === '_' || c === '*') {
      cur += code.slice(i, i + 2);
      i++;
    } else if (c === ';') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

interface Parsed {
  readonly prefix: string;
  readonly suffix: string;
  readonly digits: boolean;
  readonly decimals: number;
  readonly minDecimals: number;
  readonly minInt: number;
  readonly grouping: boolean;
  readonly pointAlways: boolean;
  readonly percent: number;
  readonly scaleThousands: number;
}

/** One section read into its literals and its digit pattern; undefined when General or not a plain number format. */
function parseSection(section: string): Parsed | undefined {
  if (section.trim() === '' || /general/i.test(section.replace(/"[^"]*"/g, ''))) return undefined;
  let prefix = '';
  let suffix = '';
  let pattern = '';
  let percent = 0;
  const literal = (t: string) => {
    if (pattern === '') prefix += t;
    else suffix += t;
  };
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal(section.slice(i + 1, stop));
      i = stop;
    } else if (c === '\\') literal(section[++i] ?? '');
    else if (c === '_') {
      i++;
      literal(' ');
    } else if (c === '*') i++;
    else if (c === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      if (inner.startsWith('$')) literal(inner.slice(1).split('-')[0]);
      i = end < 0 ? section.length : end;
    } else if ('0#?.,'.includes(c) && suffix === '') pattern += c;
    else if (c === '%') {
      percent++;
      literal('%');
    } else if (/[eE/@]/.test(c) && /[0#?]/.test(pattern + section.slice(i)))
      return undefined; // scientific, fraction
    else if (/[ymdhs]/i.test(c))
      return undefined; // a date or time
    else literal(c);
  }
  if (!/[0#?]/.test(pattern)) return { ...EMPTY, prefix, suffix, digits: false, percent };
  const trailing = /,+$/.exec(pattern)?.[0].length ?? 0;
  const core = pattern.slice(0, pattern.length - trailing);
  const [intPart, fracPart] = core.split('.') as [string, string | undefined];
  const frac = (fracPart ?? '').replace(/,/g, '');
  return {
    prefix,
    suffix,
    digits: true,
    decimals: frac.length,
    minDecimals: frac.replace(/[#?]+$/, '').length,
    minInt: (intPart.replace(/,/g, '').match(/0/g) ?? []).length,
    grouping: intPart.includes(','),
    pointAlways: fracPart !== undefined && frac.length === 0,
    percent,
    scaleThousands: trailing,
  };
}

const EMPTY: Parsed = {
  prefix: '',
  suffix: '',
  digits: false,
  decimals: 0,
  minDecimals: 0,
  minInt: 0,
  grouping: false,
  pointAlways: false,
  percent: 0,
  scaleThousands: 0,
};
