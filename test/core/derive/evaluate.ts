import { Dec } from '../../../src/core/decimal/dec';
import { parseAmount } from '../../../src/core/decimal/amount';
import { findSheet, getCell, parseA1, type Grid } from '../../../src/core/grid/grid';

/**
 * A tiny evaluator for the formulas fill writes — SUM(A1:B9), A1+B2−C3, 'Sheet'!C7 — computed with Dec from
 * the cells' own contents (formulas evaluated recursively, never their cached results).
 */
export function evaluateCell(grid: Grid, sheet: string, row: number, col: number, depth = 0): Dec {
  if (depth > 50) throw new Error('formula cycle');
  const ws = findSheet(grid, sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const cell = getCell(ws, row, col);
  if (!cell) return Dec.ZERO;
  if (cell.formula) return evaluateFormula(grid, sheet, cell.formula, depth + 1);
  const p = parseAmount(cell.value);
  if (p.kind === 'invalid') throw new Error(`not a number at ${sheet}!${row},${col}`);
  return p.kind === 'number' ? p.value : Dec.ZERO;
}

const REF = /(?:'((?:[^']|'')+)'!)?\$?([A-Z]{1,3})\$?(\d+)/y;

export function evaluateFormula(grid: Grid, sheet: string, formula: string, depth = 0): Dec {
  const f = formula.replace(/^=/, '').replace(/\s/g, '');
  const sum = /^SUM\((?:'((?:[^']|'')+)'!)?([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(f);
  if (sum) {
    const s = sum[1]?.replace(/''/g, "'") ?? sheet;
    const a = parseA1(sum[2])!;
    const b = parseA1(sum[3])!;
    let total = Dec.ZERO;
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) total = total.add(evaluateCell(grid, s, r, c, depth));
    return total;
  }
  let total = Dec.ZERO;
  let i = 0;
  while (i < f.length) {
    let sign = 1;
    if (f[i] === '+' || f[i] === '-') sign = f[i++] === '-' ? -1 : 1;
    REF.lastIndex = i;
    const m = REF.exec(f);
    if (!m) throw new Error(`cannot evaluate ${formula}`);
    i = REF.lastIndex; // before recursing: the inner formula reuses REF
    const p = parseA1(`${m[2]}${m[3]}`)!;
    const v = evaluateCell(grid, m[1]?.replace(/''/g, "'") ?? sheet, p.row, p.col, depth);
    total = sign < 0 ? total.sub(v) : total.add(v);
  }
  return total;
}
