import type { CellRef, CellValue } from '../grid/grid';
import type { SuppEntry, Supplementary } from '../model/types';
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
  /** What the sheet already holds: its values are kept and the template is rewritten on that sheet. */
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
    for (const key of [k.budget, k.use, k.reason]) perSubject.push(subjectField(key, s.name)!);
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

function entryValue(e: SuppEntry | undefined): CellValue | undefined {
  if (!e) return undefined;
  if (e.kind === 'amount') return e.figure && e.figure.state === 'number' ? e.figure.value.toNumber() : undefined;
  if (e.kind === 'text') return e.text !== undefined && e.text !== '' ? e.text : undefined;
  return e.number !== undefined ? e.number.toNumber() : undefined;
}

/**
 * Plan that writes the whole 补充信息 template. Without `existing` it creates the sheet 补充信息; with `existing`
 * it rewrites that sheet in place, keeping every value and every note in 说明 already filled in (each moves with
 * its key); leftover rows below the new end are blanked so no key is read twice.
 */
export function supplementaryTemplatePlan(options: SupplementaryTemplateOptions = {}): EditPlan {
  const { existing } = options;
  const sheet = existing?.sheet ?? SUPP_SHEET_NAME;
  const edits: CellEdit[] = [];
  const put = (row: number, col: number, value: CellValue, numFmt?: string) => {
    const ref: CellRef = { sheet, row, col };
    edits.push(numFmt ? { ref, value, numFmt, reason: REASON } : { ref, value, reason: REASON });
  };
  put(1, 1, SUPP_TITLE);
  put(2, 1, SUPP_UNIT_LINE);
  SUPP_HEADERS.forEach((h, i) => put(SUPP_HEADER_ROW, i + 1, h));

  const given: Record<string, CellValue> = {};
  if (options.unitName) given['unit.name'] = options.unitName;
  if (options.year !== undefined) given['unit.year'] = String(options.year);

  let row = SUPP_HEADER_ROW;
  for (const f of templateFields(options.subjects, existing)) {
    row++;
    put(row, SUPP_COLS.group, f.group);
    put(row, SUPP_COLS.label, f.label);
    const value = entryValue(existing?.entries[f.key]) ?? given[f.key];
    if (value !== undefined) put(row, SUPP_COLS.value, value, suppNumFmt(f.kind));
    else if (existing) put(row, SUPP_COLS.value, null);
    if (existing) put(row, SUPP_COLS.note, existing.notes?.[f.key] ?? null);
    put(row, SUPP_COLS.key, f.key);
  }
  if (existing) {
    const lastOld = Math.max(
      0,
      ...Object.values(existing.entries).map((e) => e.cell.row),
      ...Object.values(existing.rows ?? {}).map((r) => r.row),
    );
    for (let r = row + 1; r <= lastOld; r++) for (let c = 1; c <= SUPP_HEADERS.length; c++) put(r, c, null);
  }
  return {
    createSheets: existing ? [] : [{ name: sheet, visibility: 'visible', widths: [...SUPP_WIDTHS] }],
    edits,
  };
}

/** Is this key one the template can write (fixed schema key or per-科目 key)? */
export function isTemplateKey(key: string): boolean {
  return SUPP_FIELDS.some((f) => f.key === key) || parseSubjectKey(key) !== undefined;
}
