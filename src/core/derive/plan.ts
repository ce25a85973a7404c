import { Dec, halfUnit } from '../decimal/dec';
import { tableFigures } from '../model/build';
import { formatDecimals, parseAmount, UNIT_SHIFT_TO_WAN } from '../decimal/amount';
import {
  cellText,
  findSheet,
  getCell,
  parseRef,
  refToString,
  type CellRef,
  type Grid,
  type GridCell,
  type GridSheet,
} from '../grid/grid';
import { CellMap } from '../grid/cell-map';
import type { Analysis } from '../engine';
import { mergePlans, type CellEdit } from '../plan/types';
import { formulaFor, percentFormula, sameFormula } from './formula';
import { isToolContent, journalPlan, readJournal } from './journal';
import { derivations } from './relations';
import { isNumberingRow } from '../mapping/numbering';
import { supplementaryDerivations } from './supplementary';
import type { Derivation, FillConflict, FillJournalEntry, FillOptions, FillPlan, FillWrite } from './types';

/**
 * Plans `juesuan fill`: every derivable cell gets a live formula (or, with mode 'values', the value rounded
 * half-up to the cell's shown decimals). Only empty cells and cells the tool wrote before are written; a
 * typed cell whose content differs from the derived value is a conflict, left alone unless `overwrite`
 * names it (or 'all'). Typed content equal to the derived value — a value or a user formula — is left alone.
 * Values are computed exactly (Dec) in each table's own unit, bottom-up, so totals use derived parts.
 */
export function planFill(grid: Grid, analysis: Analysis, options: FillOptions): FillPlan {
  const { records, journal } = readJournal(grid);
  const now = options.now ?? new Date().toISOString();
  const overwrite = overwriteTest(options.overwrite);
  /** Value each cell will hold after the fill (undefined: unknown — text, error, formula without result). */
  // Cells are keyed by CellMap, not by address text: no "Sheet!C7" string per lookup (the fill's hot spot).
  const after = new CellMap<Dec | undefined>();
  const sheets = new Map<string, GridSheet | undefined>();
  const sheetOf = (name: string): GridSheet | undefined => {
    if (!sheets.has(name)) sheets.set(name, findSheet(grid, name));
    return sheets.get(name);
  };
  const cellAt = (ref: CellRef): GridCell | undefined => {
    const sheet = sheetOf(ref.sheet);
    return sheet && getCell(sheet, ref.row, ref.col);
  };
  const valueOf = (ref: CellRef): Dec | undefined => {
    if (after.has(ref)) return after.get(ref);
    return currentValue(cellAt(ref));
  };

  /** isColumnNumberRow per sheet row, asked once (each row is a part of several derivations). */
  const numberRows = new CellMap<boolean>();
  const inNumberRow = (ref: CellRef): boolean => {
    const row = { sheet: ref.sheet, row: ref.row, col: 0 };
    let yes = numberRows.get(row);
    if (yes === undefined) numberRows.set(row, (yes = isColumnNumberRow(grid, ref)));
    return yes;
  };

  /** Rounding half-width of each mapped cell in its table's unit (the check's 舍位 tolerance, precision inferred). */
  // Needed only for a cell that differs from its derived value: indexed on the first such cell.
  let halves: CellMap<Dec> | undefined;
  const halfOf = (ref: CellRef, decimals: number): Dec =>
    (halves ??= cellHalves(analysis)).get(ref) ?? halfUnit(decimals);
  const tolerance = (d: Derivation, decimals: number): Dec =>
    d.op === 'percent'
      ? Dec.ZERO
      : Dec.sum([
          halfOf(d.target, decimals),
          ...d.parts.map((p) => halfOf(p.ref, formatDecimals(cellAt(p.ref)?.numFmt) ?? decimals)),
        ]);
  const writtenCells = new CellMap<true>();

  const edits: CellEdit[] = [];
  const written: FillWrite[] = [];
  const conflicts: FillConflict[] = [];
  const journalUpdates = new Map<string, FillJournalEntry>();

  const all = [...derivations(analysis.mapping), ...supplementaryDerivations(analysis.disclosure.supplementary)];
  for (const d of all) {
    const target = d.target;
    if (inNumberRow(d.target) || d.parts.some((p) => inNumberRow(p.ref))) continue;
    const values = d.parts.map((p) => valueOf(p.ref));
    if (values.some((v) => v === undefined)) continue; // a part is unreadable: nothing sound to write
    const exact = derivedValue(d, values as Dec[]);
    if (exact === undefined) continue; // a share of a zero total: nothing sound to write
    const cell = cellAt(d.target);
    const decimals = shownDecimals(cell, d, cellAt, values as Dec[]);
    const shown = exact.round(decimals);
    const result = options.mode === 'values' ? shown : exact;
    const formula = d.op === 'percent' ? percentFormula(d.target, d.parts) : formulaFor(d.target, d.parts);
    const empty = isEmpty(cell);
    const current = currentValue(cell);

    // Blank stands for zero where the parts are blank too; where they print 0.00 the total gets its 0 as well.
    const printedParts = d.parts.some((p) => !isEmpty(cellAt(p.ref)) || writtenCells.has(p.ref));
    if (empty && exact.isZero() && (d.op === 'percent' || !printedParts)) {
      after.set(target, Dec.ZERO);
      continue;
    }
    let address: string | undefined; // "Sheet!C7", what the journal and --overwrite name cells by: built when asked
    const key = () => (address ??= refToString(target));
    const ours = journal.size > 0 && isToolContent(cell, journal.get(key()));
    if (!empty && !ours) {
      const equal = sameFormula(cell?.formula, formula) || (current !== undefined && current.round(decimals).eq(shown));
      // A difference within the figures' own rounding is a 舍位差异 for the check: nothing to correct, never offered.
      const rounding = () => current !== undefined && current.sub(exact).abs().lte(tolerance(d, decimals));
      if (equal || rounding()) {
        after.set(target, current ?? result);
        continue;
      }
      const c: FillConflict = {
        cell: d.target,
        current: current === undefined ? shownText(cell) : amountText(current, decimals),
        derived: shown.toFixed(decimals),
        label: d.label,
      };
      if (!overwrite(key())) {
        conflicts.push(c);
        after.set(target, current);
        continue;
      }
    } else if (ours && current === undefined && options.mode !== 'values' && sameFormula(cell?.formula, formula)) {
      // The tool's own formula, unchanged, not yet calculated (or its cached 0 not kept by the reader): still right.
      after.set(target, result);
      continue;
    } else if (ours && current !== undefined && current.eq(result)) {
      // The tool's own content, still right (same formula with the right result, or the same value).
      if (options.mode === 'values' ? !cell?.formula : sameFormula(cell?.formula, formula)) {
        after.set(target, current);
        continue;
      }
    }
    const numFmt = cell?.numFmt ? undefined : d.parts.map((p) => cellAt(p.ref)?.numFmt).find((f) => !!f);
    const edit: CellEdit =
      options.mode === 'values'
        ? { ref: d.target, value: result.toNumber(), numFmt, reason: `填充：${d.label}` }
        : { ref: d.target, formula, value: result.toNumber(), numFmt, reason: `填充：${d.label}` };
    edits.push(edit);
    written.push({
      cell: d.target,
      old: empty ? null : cell?.formula ? `=${cell.formula}` : shownText(cell),
      new: options.mode === 'values' ? result.toFixed(decimals) : `=${formula}`,
      label: d.label,
    });
    journalUpdates.set(
      key(),
      options.mode === 'values' ? { value: result.toFixed(decimals), at: now } : { formula, at: now },
    );
    after.set(target, result);
    writtenCells.set(target, true);
  }

  const cellsPlan = { createSheets: [], edits };
  const plan = edits.length ? mergePlans(cellsPlan, journalPlan(grid, records, journal, journalUpdates)) : cellsPlan;
  return { plan, written, conflicts };
}

/** Every figure of the model by cell: its rounding half-width in its own table's unit. */
function cellHalves(analysis: Analysis): CellMap<Dec> {
  const out = new CellMap<Dec>();
  for (const t of Object.values(analysis.disclosure.tables))
    if (t) for (const f of tableFigures(t)) out.set(f.cell, f.half.shift(-UNIT_SHIFT_TO_WAN[f.unit]));
  return out;
}

/** Σ sign·part; for a share, part₀ ÷ part₁ × 100 half-up to 2 decimals (undefined when part₁ is 0 and part₀ not). */
function derivedValue(d: Derivation, values: readonly Dec[]): Dec | undefined {
  if (d.op !== 'percent') return Dec.sum(values.map((v, i) => (d.parts[i].sign < 0 ? v.neg() : v)));
  const [part, whole] = values;
  if (whole.isZero()) return part.isZero() ? Dec.ZERO : undefined;
  return part.mul(Dec.HUNDRED).div(whole, PERCENT_DECIMALS);
}

/** Percentages are written with 2 decimals (domain.md: "54.10%"). */
const PERCENT_DECIMALS = 2;

/** A 栏次 row numbers the columns (1, 2, 3 …, labelled or not): never data, never written (national-format exports). */
function isColumnNumberRow(grid: Grid, ref: CellRef): boolean {
  const sheet = findSheet(grid, ref.sheet);
  const width = sheet?.rows[ref.row - 1]?.length ?? 0;
  return (
    !!sheet && width > 0 && isNumberingRow(sheet, ref.row, { top: ref.row, bottom: ref.row, left: 1, right: width })
  );
}

function overwriteTest(o: FillOptions['overwrite']): (key: string) => boolean {
  if (o === 'all') return () => true;
  if (!o || o === 'none') return () => false;
  const keys = new Set(
    o.map((r) => {
      const p = parseRef(r);
      return p ? refToString(p) : r;
    }),
  );
  return (key) => keys.has(key);
}

function isEmpty(cell: GridCell | undefined): boolean {
  return !cell || (!cell.formula && (cell.value === null || cell.value === ''));
}

/** The amount a cell holds now (a formula's cached result); blank → 0; undefined when not a number. */
function currentValue(cell: GridCell | undefined): Dec | undefined {
  if (!cell) return Dec.ZERO;
  if (cell.formula && (cell.value === null || cell.value === undefined)) return undefined; // never calculated
  const p = parseAmount(cell.value);
  return p.kind === 'number' ? p.value : p.kind === 'empty' ? Dec.ZERO : undefined;
}

/** An amount with the cell's decimals (more when it holds more, so a conflict never looks like equality). */
function amountText(v: Dec, decimals: number): string {
  return v.normalize().scale > decimals ? v.normalize().toFixed() : v.toFixed(decimals);
}

function shownText(cell: GridCell | undefined): string {
  const t = cellText(cell);
  return t === '' && cell?.formula ? `=${cell.formula}` : t;
}

/** Decimals the target shows: its number format, else its parts' formats, else the parts' own decimals. */
function shownDecimals(
  cell: GridCell | undefined,
  d: Derivation,
  cellAt: (ref: CellRef) => GridCell | undefined,
  values: readonly Dec[],
): number {
  const own = formatDecimals(cell?.numFmt);
  if (own !== undefined) return own;
  if (d.op === 'percent') return PERCENT_DECIMALS;
  for (const p of d.parts) {
    const f = formatDecimals(cellAt(p.ref)?.numFmt);
    if (f !== undefined) return f;
  }
  return Math.max(2, ...values.map((v) => v.normalize().scale));
}
