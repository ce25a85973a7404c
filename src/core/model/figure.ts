import { Dec, halfUnit } from '../decimal/dec';
import { UNIT_SHIFT_TO_WAN, type Unit } from '../decimal/amount';
import type { CellRef } from '../grid/grid';
import type { Figure } from './types';

/** Builds a Figure from a value in the table's unit (exact conversion to 万元; rounding half-width converted too). */
export function makeFigure(
  source: Dec | null,
  opts: { unit?: Unit; decimals?: number; cell: CellRef; formula?: string; text?: string; invalid?: boolean },
): Figure {
  const unit = opts.unit ?? '万元';
  const shift = UNIT_SHIFT_TO_WAN[unit];
  const decimals = opts.decimals ?? source?.normalize().scale ?? 2;
  const state = opts.invalid ? 'invalid' : source === null ? 'blank' : 'number';
  return {
    value: source === null || opts.invalid ? Dec.ZERO : source.shift(shift),
    state,
    half: halfUnit(decimals).shift(shift),
    decimals,
    unit,
    cell: opts.cell,
    formula: opts.formula,
    text: opts.text ?? (source === null ? '' : source.toFixed(decimals)),
  };
}

/** Test and generator shorthand: figure('12.34', 'Sheet1!C7'). */
export function fig(value: string | null, ref: string | CellRef, unit: Unit = '万元'): Figure {
  const cell: CellRef = typeof ref === 'string' ? parseRefLoose(ref) : ref;
  return makeFigure(value === null ? null : Dec.from(value), {
    unit,
    cell,
    decimals: value === null ? 2 : Dec.from(value).scale,
  });
}

function parseRefLoose(s: string): CellRef {
  const i = s.lastIndexOf('!');
  const sheet = i > 0 ? s.slice(0, i) : 'Sheet1';
  const m = /^([A-Z]+)(\d+)$/.exec(s.slice(i + 1));
  if (!m) throw new Error(`bad cell ref ${s}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { sheet, row: Number(m[2]), col };
}

/** Is this figure usable as a number in a relation (not an unreadable cell)? */
export function usable(f: Figure | undefined): f is Figure {
  return f !== undefined && f.state !== 'invalid';
}
