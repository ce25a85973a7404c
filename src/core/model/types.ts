import type { Dec } from '../decimal/dec';
import type { Unit } from '../decimal/amount';
import type { CellRef } from '../grid/grid';

/** T01…T09 mean the same table in every profile, whatever its title, order or sheet. */
export type TableId = 'T01' | 'T02' | 'T03' | 'T04' | 'T05' | 'T06' | 'T07' | 'T08' | 'T09';
export const TABLE_IDS: readonly TableId[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09'];

export type ProfileId = 'hunan-2021' | 'shanghai-2024';

/**
 * One amount read from a cell. `value` is in 万元 (converted exactly from the table's unit, no rounding);
 * `half` is the half-width of its rounding interval in 万元 (½ unit of the last shown decimal, converted).
 * A blank cell (or "-"/"—") is zero with state 'blank'. An unreadable cell has state 'invalid', value 0 and
 * a problem listed in the model: consumers must not treat it as a number.
 */
export interface Figure {
  readonly value: Dec;
  readonly state: 'number' | 'blank' | 'invalid';
  readonly half: Dec;
  /** Decimals shown in the source cell (from its number format or typed text). */
  readonly decimals: number;
  readonly unit: Unit;
  readonly cell: CellRef;
  readonly formula?: string;
  /** Displayed text of the cell. */
  readonly text: string;
}

export type SubjectLevel = 1 | 2 | 3;

/** A 科目 row (功能分类 in T02/T03/T05/T08/T09, by 类 in T01/T04; 经济分类 in T06). */
export interface SubjectRow {
  readonly code: string;
  readonly name: string;
  readonly level: SubjectLevel;
  /** Sheet row (for T06 printed in side-by-side groups: the row of this group's entry). */
  readonly row: number;
  readonly values: Readonly<Record<string, Figure>>;
}

export interface TableModel {
  readonly id: TableId;
  readonly title: string;
  readonly sheet: string;
  readonly range: string;
  readonly unit: Unit;
  /** Fixed fields by key (see profiles/tables.ts for each table's keys). */
  readonly items: Readonly<Record<string, Figure>>;
  /** Column keys of the 科目 rows. */
  readonly columns: readonly string[];
  /** The 合计 row of a 科目 table, by column key. */
  readonly totalRow?: Readonly<Record<string, Figure>>;
  readonly rows: readonly SubjectRow[];
  /** Keys of the fields the mapping looked for and did not find, and their names (the table's words). */
  readonly missing?: readonly string[];
  readonly missingNames?: Readonly<Record<string, string>>;
  /** The 舍位 precision inferred from the data when coarser than the cells show ("0.01 万元（100 元）"). */
  readonly precision?: string;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** Something the engine could not read or decide, with where it is. */
export interface Problem {
  readonly severity: ProblemSeverity;
  /** Stable id, e.g. 'cell.invalid-number', 'table.missing'. */
  readonly code: string;
  /** Chinese message naming the table/sheet/cell. */
  readonly message: string;
  readonly cell?: CellRef;
  readonly sheet?: string;
  readonly table?: TableId;
}

export type SuppKind = 'amount' | 'count' | 'percent' | 'score' | 'text';

/** One line of the 补充信息 sheet. */
export interface SuppEntry {
  readonly key: string;
  readonly label: string;
  readonly kind: SuppKind;
  /** amount → Figure (万元); count/percent/score → number as Dec in `number`; text → `text`. */
  readonly figure?: Figure;
  readonly number?: Dec;
  readonly text?: string;
  readonly cell: CellRef;
}

export interface Supplementary {
  readonly sheet: string;
  readonly entries: Readonly<Record<string, SuppEntry>>;
  /** The 数值 cell of every recognised key row, filled or blank (where `fill` may write a derived line). */
  readonly rows?: Readonly<Record<string, CellRef>>;
  /** Text in the 说明/原因 column of a key row. */
  readonly notes?: Readonly<Record<string, string>>;
  /**
   * Where the sheet's columns are (1-based; they may sit right of column A) and its last row holding anything, so
   * that missing template lines can be added below without touching a cell the accountant filled in.
   */
  readonly layout?: { readonly keyCol: number; readonly valueCol: number; readonly lastRow: number };
}

export interface Disclosure {
  readonly profile: ProfileId;
  readonly unitName?: string;
  readonly year?: number;
  readonly tables: Readonly<Partial<Record<TableId, TableModel>>>;
  readonly supplementary?: Supplementary;
  readonly problems: readonly Problem[];
}
