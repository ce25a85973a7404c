import type { CellRef } from '../grid/grid';
import type { TableId } from '../model/types';
import type { EditPlan } from '../plan/types';

/**
 * Glossary: 合计/小计/总计 = totals; 类/款/项 = the three levels of a 功能分类 科目 (3/5/7-digit codes);
 * 派生单元格 (derived cell) = a cell the relations in domain.md determine from other cells.
 */

/** One term of a derivation: a cell added (+1) or subtracted (−1). */
export interface Term {
  readonly ref: CellRef;
  readonly sign: 1 | -1;
}

/**
 * target = Σ sign·part — one relation from domain.md, oriented to fill `target`; with op 'percent',
 * target = parts[0] ÷ parts[1] × 100 rounded half-up to 2 decimals (a share, e.g. 中小企业合同金额占比).
 */
export interface Derivation {
  /** The table, or '补充信息' for a derived line of the supplementary sheet. */
  readonly table: TableId | '补充信息';
  readonly target: CellRef;
  readonly parts: readonly Term[];
  /** What the target is, in an accountant's words (e.g. '公开02表 201 本年收入合计'). */
  readonly label: string;
  readonly op?: 'sum' | 'percent';
}

export type FillMode = 'formulas' | 'values';

export interface FillOptions {
  readonly mode: FillMode;
  /** Which conflicting cells may be overwritten: none (default), all, or these cell refs ('Sheet!C7'). */
  readonly overwrite?: 'none' | 'all' | readonly string[];
  /** Time stamp for the fill journal (ISO text); defaults to now. */
  readonly now?: string;
}

export interface FillWrite {
  readonly cell: CellRef;
  /** Previous content as shown (formula with "=", else its text); null when the cell was empty. */
  readonly old: string | null;
  /** New content: "=SUM(C8:C12)" or the value text. */
  readonly new: string;
  readonly label: string;
}

export interface FillConflict {
  readonly cell: CellRef;
  /** What the cell holds now (its value as shown, or "=formula"). */
  readonly current: string;
  /** The value the relations give, in the table's unit with the cell's decimals. */
  readonly derived: string;
  readonly label: string;
}

export interface FillPlan {
  readonly plan: EditPlan;
  readonly written: readonly FillWrite[];
  readonly conflicts: readonly FillConflict[];
}

/** What the tool wrote into a cell (the fill journal, kept in the _juesuan sheet, kind 'fill'). */
export interface FillJournalEntry {
  readonly formula?: string;
  readonly value?: string;
  readonly at: string;
}
