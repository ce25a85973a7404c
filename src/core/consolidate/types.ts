import type { Dec } from '../decimal/dec';
import type { Unit } from '../decimal/amount';
import type { CellRef } from '../grid/grid';
import type { ProfileId, SubjectLevel, SuppKind, TableId } from '../model/types';

/**
 * Glossary: 汇总 = consolidation of a department (部门) from its units (部门本级 and 所属单位); 汇总明细 = the sheet
 * showing each unit's contribution to every consolidated figure.
 */

/** One unit's part of a consolidated figure (value in 万元, exact; half = its rounding half-width in 万元). */
export interface Contribution {
  /** Index into Consolidation.units. */
  readonly unit: number;
  readonly value: Dec;
  readonly half: Dec;
  readonly cell: CellRef;
}

/** A consolidated figure: the exact sum of the units' figures (万元). */
export interface SumFigure {
  readonly value: Dec;
  /** Σ of the parts' rounding half-widths: how far the sum of shown figures may be from the true total. */
  readonly half: Dec;
  /** Non-blank contributions only. */
  readonly parts: readonly Contribution[];
  /** A unit's cell could not be read: the sum is unknown (never written as a number). */
  readonly unknown?: boolean;
}

export interface SumRow {
  readonly code: string;
  readonly name: string;
  readonly level: SubjectLevel;
  readonly values: Readonly<Record<string, SumFigure>>;
}

export interface SumTable {
  readonly id: TableId;
  readonly items: Readonly<Record<string, SumFigure>>;
  readonly columns: readonly string[];
  readonly totalRow?: Readonly<Record<string, SumFigure>>;
  /** Union of the units' 科目 rows, ordered by code. */
  readonly rows: readonly SumRow[];
}

export interface SumSupp extends SumFigure {
  readonly key: string;
  readonly kind: SuppKind;
}

export interface UnitInfo {
  readonly name: string;
  readonly file?: string;
  readonly year?: number;
  /** The amount unit of its tables (元 / 万元; the first mapped table's). */
  readonly unit?: Unit;
}

export interface ConsolidateNote {
  readonly severity: 'warning' | 'info';
  readonly message: string;
}

export interface Consolidation {
  readonly profile: ProfileId;
  readonly year?: number;
  readonly units: readonly UnitInfo[];
  readonly tables: Readonly<Partial<Record<TableId, SumTable>>>;
  /** Additive 补充信息 lines (amounts, counts) summed; reasons and texts are left for the user. */
  readonly supplementary: Readonly<Record<string, SumSupp>>;
  /** 元 when every unit's tables are in 元, else 万元. */
  readonly outputUnit: Unit;
  readonly notes: readonly ConsolidateNote[];
}
