import type { Unit } from '../decimal/amount';
import type { CellRef, RangeBox } from '../grid/grid';
import type { Problem, ProfileId, SubjectLevel, TableId } from '../model/types';

/** Where one fixed item of a table is. */
export interface ItemMapping {
  readonly key: string;
  readonly label: string; // the text found in the workbook
  readonly cell: CellRef; // the value cell
}

/** A 科目 row found in a table. */
export interface RowMapping {
  readonly code: string;
  readonly name: string;
  readonly level: SubjectLevel;
  readonly row: number;
  /** Sheet of this row when it differs from the table's (a table continued on another sheet). */
  readonly sheet?: string;
  /** Column of each value (by column key); for T06 side-by-side groups each row carries its own column. */
  readonly cols: Readonly<Record<string, number>>;
  /** Cell holding the code (or the 类 code cell when codes are split). */
  readonly codeCell?: CellRef;
}

/** A 支出 line of T01/T04 whose 类 name the 科目 catalogue does not know. */
export interface UnknownClass {
  readonly row: number;
  readonly text: string;
  readonly cols: Readonly<Record<string, number>>;
  readonly hasAmount: boolean;
}

export interface TableMapping {
  readonly id: TableId;
  /** Title text found in the workbook. */
  readonly title: string;
  readonly sheet: string;
  readonly box: RangeBox;
  readonly range: string;
  readonly unit: Unit;
  /** Where the unit came from (the 单位 line), or undefined when assumed. */
  readonly unitCell?: CellRef;
  /** 0…1: how sure the mapper is (title match, headers found, items found). */
  readonly confidence: number;
  readonly items: readonly ItemMapping[];
  /** Column of each column key in the header. */
  readonly columns: Readonly<Record<string, number>>;
  /** The 合计 row of a 科目 table. */
  readonly totalRow?: number;
  readonly rows: readonly RowMapping[];
  /** Items/columns the table should have but were not found, named in Chinese as the table prints them. */
  readonly missing: readonly string[];
  /** The same as keys (profiles/tables.ts), for code. */
  readonly missingKeys?: readonly string[];
  /** Where the table's note says it has no data ("本单位无…收支"), or the table is empty. */
  readonly empty?: boolean;
  /** What the mapper noticed and could not settle (shown to the user). */
  readonly notes?: readonly string[];
  /** T01/T04 支出 lines by 类 the catalogue does not name (resolved by the workbook's own 科目 tables). */
  readonly unknownClasses?: readonly UnknownClass[];
  /** True when the user corrected this table's location (stored with the workbook). */
  readonly overridden?: boolean;
}

export interface WorkbookMapping {
  readonly profile: ProfileId;
  /** Why that profile: detected from titles, or given. */
  readonly profileReason: string;
  readonly tables: readonly TableMapping[];
  /** Standard tables not found anywhere. */
  readonly notFound: readonly TableId[];
  readonly problems: readonly Problem[];
}

/** A user's correction: table X is at this range (stored in the workbook, see src/core/store). */
export interface MappingOverride {
  readonly table: TableId;
  readonly sheet: string;
  readonly range: string;
}
