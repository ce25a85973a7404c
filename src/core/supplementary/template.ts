import type { CellRef, CellValue } from '../grid/grid';
import type { Supplementary } from '../model/types';
import type { CellEdit, EditPlan } from '../plan/types';
import {
  SUPP_FIELDS,
  SUPP_GROUPS,
  SUPP_SHEET_NAME,
  parseSubjectKey,
  subjectField,
  subjectKeys,
  type SuppField,
} from './schema';

/**
 * The 补充信息 sheet template (layout below). The reader finds the sheet by the header cell “字段代码” and reads
 * each row by its key in that column, so rows may be moved, added or deleted by the accountant.
 *
 *   row 1  补充信息（编制情况说明所需的表外数据）
 *   row 2  单位：万元（人数、个数等按实际单位）        ← the reader honours 元 / 千元 here
 *   row 3  分组 | 项目 | 数值 | 说明/原因 | 字段代码（请勿修改）
 *   row 4… one line per key; text lines (reasons, contents) hold their text in 数值 too; 说明 is a free note.
 */
export const SUPP_TITLE = '补充信息（编制情况说明所需的表外数据）';
export const SUPP_UNIT_LINE = '单位：万元（人数、个数等按实际单位）';
export const SUPP_HEADERS = ['分组', '项目', '数值', '说明/原因', '字段代码（请勿修改）'] as const;
export const SUPP_HEADER_ROW = 3;
/** 1-based columns of the template. */
export const SUPP_COLS = { group: 1, label: 2, value: 3, note: 4, key: 5 } as const;
export const SUPP_WIDTHS = [16, 46, 18, 36, 40] as const;
const REASON = '补充信息模板';

export interface SupplementaryTemplateOptions {
  /** 项-level 科目 of T05 (年初预算, 主要用途 and 差异原因 lines are generated for each). */
  readonly subjects?: readonly { readonly code: string; readonly name: string }[];
  /** The sheet already there: only the lines it lacks are added, below its last used row. */
  readonly existing?: Supplementary;
  readonly unitName?: string;
  readonly year?: number;
}

/** Number format of the 数值 cell by kind. */
export function suppNumFmt(kind: SuppField['kind']): string {
  return kind === 'amount' ? '#,##0.00' : kind === 'text' ? '@' : 'General';
}

/** The template's lines in order: groups as SUPP_GROUPS, per-科目 lines after the fixed ones of their group. */
export function templateFields(
  subjects: readonly { code: string; name: string }[] = [],
  existing?: Supplementary,
): SuppField[] {
  const perSubject: SuppField[] = [];
  for (const s of subjects) {
    const k = subjectKeys(s.code);
    for (const key of [k.budget, k.prior, k.use, k.reason]) perSubject.push(subjectField(key, s.name)!);
  }
  const fields: SuppField[] = [...SUPP_FIELDS, ...perSubject];
  const known = new Set(fields.map((f) => f.key));
  // Keep lines the existing sheet has for 科目 no longer listed (their values must not be lost).
  for (const e of Object.values(existing?.entries ?? {})) {
    if (known.has(e.key)) continue;
    const f = subjectField(e.key);
    if (f) {
      fields.push({ ...f, label: e.label || f.label });
      known.add(e.key);
    }
  }
  const rank = (f: SuppField) => {
    const g = SUPP_GROUPS.indexOf(f.group as (typeof SUPP_GROUPS)[number]);
    return g < 0 ? SUPP_GROUPS.length : g;
  };
  // Stable sort by group; inside 原因说明 each 科目's 用途 line stays next to its reason line.
  return fields
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
}

/**
 * Plan that writes the 补充信息 template.
 *
 * Without `existing` it creates the sheet 补充信息 with every line. With `existing` it never changes a cell of that
 * sheet: the lines the sheet lacks (new 科目 of 公开05表, keys added to the schema since) are added below its last
 * used row, in the sheet's own columns; values, notes, formulas and rows the accountant added stay where they are
 * (the reader finds every line by its key, wherever it is). Nothing missing → an empty plan.
 */
export function supplementaryTemplatePlan(options: SupplementaryTemplateOptions = {}): EditPlan {
  const { existing } = options;
  const sheet = existing?.sheet ?? SUPP_SHEET_NAME;
  const shift = existing?.layout ? existing.layout.keyCol - SUPP_COLS.key : 0;
  const edits: CellEdit[] = [];
  const valueCol = existing?.layout?.valueCol ?? SUPP_COLS.value + shift;
  // Columns of the template, moved to where the existing sheet has them.
  const at = (col: number) => (col === SUPP_COLS.value ? valueCol : col + shift);
  const put = (row: number, col: number, value: CellValue, numFmt?: string) => {
    const ref: CellRef = { sheet, row, col: at(col) };
    edits.push(numFmt ? { ref, value, numFmt, reason: REASON } : { ref, value, reason: REASON });
  };
  if (!existing) {
    put(1, 1, SUPP_TITLE);
    put(2, 1, SUPP_UNIT_LINE);
    SUPP_HEADERS.forEach((h, i) => put(SUPP_HEADER_ROW, i + 1, h));
  }

  const given: Record<string, CellValue> = {};
  if (options.unitName) given['unit.name'] = options.unitName;
  if (options.year !== undefined) given['unit.year'] = String(options.year);

  let row = existing ? lastRowOf(existing) : SUPP_HEADER_ROW;
  for (const f of missingTemplateFields(options.subjects, existing)) {
    row++;
    put(row, SUPP_COLS.group, f.group);
    put(row, SUPP_COLS.label, f.label);
    const value = given[f.key];
    if (value !== undefined) put(row, SUPP_COLS.value, value, suppNumFmt(f.kind));
    put(row, SUPP_COLS.key, f.key);
  }
  return {
    createSheets: existing ? [] : [{ name: sheet, visibility: 'visible', widths: [...SUPP_WIDTHS] }],
    edits,
  };
}

/** The template lines the existing sheet has no row for (all of them when there is no sheet). */
export function missingTemplateFields(
  subjects: readonly { code: string; name: string }[] = [],
  existing?: Supplementary,
): SuppField[] {
  const present = existing?.rows ?? {};
  return templateFields(subjects).filter((f) => !present[f.key]);
}

/** Last used row of an existing sheet (its layout, else the last key row, else the header row). */
function lastRowOf(existing: Supplementary): number {
  if (existing.layout) return Math.max(existing.layout.lastRow, SUPP_HEADER_ROW);
  return Math.max(SUPP_HEADER_ROW, ...Object.values(existing.rows ?? {}).map((r) => r.row));
}

/** Is this key one the template can write (fixed schema key or per-科目 key)? */
export function isTemplateKey(key: string): boolean {
  return SUPP_FIELDS.some((f) => f.key === key) || parseSubjectKey(key) !== undefined;
}
