import { Dec } from '../decimal/dec';
import type { Disclosure, Figure } from '../model/types';
import type { Finding } from '../checks/types';

/**
 * Amounts as people read them in findings (the pane, the web page, the HTML report): digits grouped by thousands
 * and the decimals of the table the figures come from ("9,746.50", not "9746.5" or "9746.500000"). Display only:
 * the checks compare exact decimals (src/core/decimal); a finding's text keeps its exact figures.
 */

/** "21066600.5" → "21,066,600.5" (the integer part grouped by thousands; sign and decimals kept). */
export function groupThousands(text: string): string {
  const m = /^([-−]?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

/**
 * An amount with `decimals` decimals (half-up), grouped. A value that this rounding would show as 0 keeps its
 * own digits (a difference of 0.000012 万元 is not shown as "0.00").
 */
export function formatAmount(value: Dec, decimals = 2): string {
  const rounded = value.round(decimals);
  if (rounded.isZero() && !value.isZero()) return groupThousands(value.normalize().toFixed());
  return groupThousands(rounded.toFixed(decimals));
}

// A decimal number in a message: not part of a cell reference, code, date or percentage. A number preceded by
// "±" is a rounding tolerance (kept exact, only grouped); one followed by 元/千元 is already in its table's unit.
const AMOUNT_IN_TEXT =
  /(±\s*)?(?<![\w.,!:：/-])(-?\d+(?:\.\d+)?)(?![\d.%％]|\s*[个辆人次年月日倍])(\s*千?元(?![\w]))?/g;

/**
 * The amounts in a finding's message, shown with the table's decimals and grouped. Integers are left alone unless
 * marked 元/千元 (科目 codes, years, counts and row numbers are integers too); percentages are left alone.
 */
export function formatAmountsInText(text: string, decimals = 2): string {
  return text.replace(AMOUNT_IN_TEXT, (all, pm: string | undefined, num: string, unit: string | undefined) => {
    const isDecimal = num.includes('.');
    if (!isDecimal && !unit) return all;
    if (pm || unit) return `${pm ?? ''}${groupThousands(num)}${unit ?? ''}`;
    const d = Dec.parse(num.replace(/^-/, ''));
    if (!d) return all;
    return formatAmount(num.startsWith('-') ? d.neg() : d, decimals);
  });
}

const indexes = new WeakMap<Disclosure, ReadonlyMap<string, Figure>>();

/** Every figure of the disclosure by its cell ("sheet\0row\0col"), to find a finding's figures (built once). */
export function figuresByCell(d: Disclosure): ReadonlyMap<string, Figure> {
  const known = indexes.get(d);
  if (known) return known;
  const index = new Map<string, Figure>();
  indexes.set(d, index);
  const add = (f: Figure | undefined) => f && index.set(cellKey(f.cell.sheet, f.cell.row, f.cell.col), f);
  for (const t of Object.values(d.tables)) {
    if (!t) continue;
    Object.values(t.items).forEach(add);
    Object.values(t.totalRow ?? {}).forEach(add);
    for (const r of t.rows) Object.values(r.values).forEach(add);
  }
  for (const e of Object.values(d.supplementary?.entries ?? {})) add(e.figure);
  return index;
}

function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

/** Decimals for a finding's amounts in 万元: the most its figures in 万元 tables show (2 when none is known). */
export function findingDecimals(f: Finding, figures: ReadonlyMap<string, Figure>): number {
  let decimals: number | undefined;
  for (const c of f.cells) {
    const fig = figures.get(cellKey(c.cell.sheet, c.cell.row, c.cell.col));
    if (fig && fig.unit === '万元') decimals = Math.max(decimals ?? 0, fig.decimals);
  }
  return Math.min(decimals ?? 2, 6);
}

/** A finding's message, expected, actual and difference as shown to people (see formatAmountsInText). */
export function displayFinding(
  f: Finding,
  figures: ReadonlyMap<string, Figure>,
): { message: string; expected?: string; actual?: string; difference?: string; decimals: number } {
  const decimals = findingDecimals(f, figures);
  const amount = (v: Dec | undefined) => (v === undefined ? undefined : formatAmount(v, decimals));
  return {
    message: formatAmountsInText(f.message, decimals),
    expected: amount(f.expected),
    actual: amount(f.actual),
    difference: amount(f.difference),
    decimals,
  };
}
