import { Dec } from '../decimal/dec';
import { compareSum, compareWithTolerance, type Shown } from '../decimal/interval';
import { refToString } from '../grid/grid';
import type { Figure, SubjectRow, TableId, Disclosure } from '../model/types';
import { fieldName } from '../profiles/tables';
import { UNIT_SHIFT_TO_WAN } from '../decimal/amount';
import {
  amountIn,
  fill,
  findingCell,
  fingerprint,
  itemTerm,
  LazyTerm,
  rowTerm,
  tableTitle,
  toleranceIn,
  totalRowTerm,
  usableTerm,
} from './format';
import type { CellRole, Finding, FindingCell, RuleMeta, Severity, Term } from './types';

/** Message templates shared by the sum/equality rules (each rule's meta.message is one of these). */
export const SUM_MESSAGE =
  '{what} 应等于 {of}：应为 {expected}，实为 {actual}，相差 {difference}（舍位容差 ±{tolerance}）';
export const ROUNDING_MESSAGE =
  '{what} 与 {of} 相差 {difference}，在舍位容差 ±{tolerance} 以内，属舍位差异（应为 {expected}，实为 {actual}）';
export const AT_MOST_MESSAGE =
  '{what} 不应超过 {of}：{what} 为 {actual}，{of} 为 {expected}，超出 {difference}（舍位容差 ±{tolerance}）';

const shownOf = (f: Figure, sign: 1 | -1 = 1): Shown => ({ value: sign < 0 ? f.value.neg() : f.value, half: f.half });

export interface SumSpec {
  readonly total: Term;
  readonly parts: readonly Term[];
  /** Subject of the sentence, e.g. "收入支出决算总表 本年收入合计" (a function: built only for a finding). */
  readonly what: string | (() => string);
  /** What it should equal, e.g. "各项收入之和". */
  readonly of: string;
  /** Roles of the cells (default total / part; equality between tables uses other / other). */
  readonly roles?: { readonly total: CellRole; readonly part: CellRole };
}

/**
 * total = Σ parts (signed), rounding-aware: exact → no finding; within the figures' own rounding → `rounding`;
 * beyond → the rule's severity. Skipped (no finding) when a figure is missing or unreadable: mapping reports those.
 */
export function checkSum(meta: RuleMeta, spec: SumSpec): Finding | undefined {
  const { total, parts } = spec;
  if (!usableTerm(total) || !parts.every(usableTerm)) return undefined;
  // Most relations hold exactly: then no tolerance, interval or text is needed (compareSum would say 'exact').
  if (total.figure.value.eq(Dec.sum(parts.map((p) => (p.sign === -1 ? p.figure!.value.neg() : p.figure!.value)))))
    return undefined;
  const cmp = compareSum(
    shownOf(total.figure),
    parts.map((p) => shownOf(p.figure!, p.sign)),
  );
  if (cmp.status === 'exact') return undefined;
  const roles = spec.roles ?? { total: 'total', part: 'part' };
  const cells = [findingCell(total, roles.total)!, ...parts.map((p) => findingCell(p, roles.part)!)];
  const severity: Severity = cmp.status === 'rounding' ? 'rounding' : meta.severity;
  const ref = refToString(total.figure.cell);
  const unit = total.figure.unit;
  const values = {
    what: `${typeof spec.what === 'string' ? spec.what : spec.what()}（${ref}）`,
    of: spec.of,
    expected: amountIn(cmp.expected, unit),
    actual: amountIn(cmp.actual, unit),
    difference: amountIn(cmp.difference, unit),
    tolerance: toleranceIn(cmp.tolerance, unit),
  };
  // The cell's own decimals count in its own unit (a 元 cell shows 元 to the 分).
  const shift = UNIT_SHIFT_TO_WAN[unit];
  const rounded = cmp.expected.shift(-shift).round(Math.max(total.figure.decimals, 0)).shift(shift);
  const suggestion =
    severity === 'rounding'
      ? `舍位差异无需更正；如需一致，可将 ${ref} 改为 ${amountIn(rounded, unit)} 或调整尾差最大的组成项`
      : `若各组成项无误，应将 ${ref} 改为 ${amountIn(cmp.expected, unit)}；否则请逐项核对：${cells
          .filter((c) => c.role !== roles.total)
          .map((c) => c.ref)
          .join('、')}`;
  return comparisonFinding(meta, severity, cells, cmp, values, suggestion);
}

export interface ItemSumSpec {
  /** Key of the total's item. */
  readonly total: string;
  /** Keys of the parts, in the order the finding names their cells. */
  readonly parts: readonly string[];
  /** Parts some layouts do not print: left out of the sum when the table has no such item. */
  readonly optional?: readonly string[];
  /** The total in the table's words ("收入总计"); the table's title is put before it. */
  readonly what: string;
  /** What it should equal, e.g. "各项收入之和". */
  readonly of: string;
}

/** total = Σ parts between the fixed items of one table (checkSum); none when the table is not in the disclosure. */
export function itemSum(meta: RuleMeta, d: Disclosure, id: TableId, spec: ItemSumSpec): Finding[] {
  const t = d.tables[id];
  if (!t) return [];
  const parts = spec.parts.filter((k) => !spec.optional?.includes(k) || t.items[k] !== undefined);
  return compact(
    checkSum(meta, {
      total: itemTerm(d, id, spec.total),
      parts: parts.map((k) => itemTerm(d, id, k)),
      what: `${tableTitle(d, id)} ${spec.what}`,
      of: spec.of,
    }),
  );
}

/** a = b between two figures (usually the same amount in two tables). */
export function checkEqual(
  meta: RuleMeta,
  actual: Term,
  expected: Term,
  what: string,
  of: string,
): Finding | undefined {
  return checkSum(meta, { total: actual, parts: [expected], what, of, roles: { total: 'other', part: 'other' } });
}

/**
 * Σ parts ≤ limit (a part of something cannot exceed the whole it belongs to). Over by no more than the rounding
 * → `rounding`; beyond → the rule's severity.
 */
export function checkAtMost(
  meta: RuleMeta,
  parts: readonly Term[],
  limit: Term,
  what: string,
  of: string,
): Finding | undefined {
  if (!usableTerm(limit) || !parts.every(usableTerm)) return undefined;
  const actual = Dec.sum(parts.map((p) => p.figure!.value));
  if (actual.lte(limit.figure.value)) return undefined;
  const tolerance = Dec.sum(parts.map((p) => p.figure!.half)).add(limit.figure.half);
  const cmp = compareWithTolerance(actual, limit.figure.value, tolerance);
  const severity: Severity = cmp.status === 'rounding' ? 'rounding' : meta.severity;
  const cells = [...parts.map((p) => findingCell(p, 'part')!), findingCell(limit, 'total')!];
  const values = {
    what: `${what}（${cells
      .filter((c) => c.role === 'part')
      .map((c) => c.ref)
      .join('、')}）`,
    of: `${of}（${refToString(limit.figure.cell)}）`,
    expected: amountIn(cmp.expected, limit.figure.unit),
    actual: amountIn(cmp.actual, limit.figure.unit),
    difference: amountIn(cmp.difference, limit.figure.unit),
    tolerance: toleranceIn(cmp.tolerance, limit.figure.unit),
  };
  const suggestion = severity === 'rounding' ? '舍位差异无需更正' : `请核对两处金额；如确属口径差异，请填写说明`;
  return comparisonFinding(meta, severity, cells, cmp, values, suggestion);
}

/** A finding from a comparison: the rule's message (or the 舍位差异 one) with expected, actual, difference, tolerance. */
function comparisonFinding(
  meta: RuleMeta,
  severity: Severity,
  cells: FindingCell[],
  cmp: { readonly expected: Dec; readonly actual: Dec; readonly difference: Dec; readonly tolerance: Dec },
  values: Readonly<Record<string, string>>,
  suggestion: string,
): Finding {
  return {
    rule: meta.id,
    severity,
    message: fill(severity === 'rounding' ? ROUNDING_MESSAGE : meta.message, values),
    cells,
    expected: cmp.expected,
    actual: cmp.actual,
    difference: cmp.difference,
    tolerance: cmp.tolerance,
    suggestion,
    fingerprint: fingerprint(meta.id, cells),
  };
}

/** Rows that roll up into `row`: its 款 (or, when a 类 has no 款 rows, its 项), by code prefix. */
export function childRows(rows: readonly SubjectRow[], row: SubjectRow): SubjectRow[] {
  const kids = childIndex(rows).get(row.code);
  if (kids) return [...kids];
  // A row whose code no row of `rows` has (a row of another table): scan.
  const below = rows.filter((r) => r !== row && r.code.startsWith(row.code) && r.code.length > row.code.length);
  if (below.length === 0) return [];
  const nextLen = below.reduce((m, r) => Math.min(m, r.code.length), Infinity);
  return below.filter((r) => r.code.length === nextLen);
}

/** Per rows array (models are immutable): each code of the table → its child rows (none: empty), in table order. */
const childIndexes = new WeakMap<readonly SubjectRow[], { length: number; index: Map<string, SubjectRow[]> }>();

/**
 * Children of every code in one pass over the rows and their code prefixes (linear in the rows, where a scan per
 * row made the check quadratic): for each proper prefix that is itself a row's code, keep the rows with the
 * shortest code below it.
 */
function childIndex(rows: readonly SubjectRow[]): Map<string, SubjectRow[]> {
  const cached = childIndexes.get(rows);
  if (cached && cached.length === rows.length) return cached.index;
  const index = new Map<string, SubjectRow[]>(rows.map((r) => [r.code, []]));
  for (const r of rows) {
    const len = r.code.length;
    for (let p = 0; p < len; p++) {
      const kids = index.get(r.code.slice(0, p));
      if (!kids) continue;
      if (kids.length > 0 && kids[0].code.length < len) continue;
      if (kids.length > 0 && kids[0].code.length > len) kids.length = 0;
      kids.push(r);
    }
  }
  childIndexes.set(rows, { length: rows.length, index });
  return index;
}

/** The top rows of a 科目 table (its 类, or the shortest codes present). */
export function topRows(rows: readonly SubjectRow[]): SubjectRow[] {
  if (rows.length === 0) return [];
  const minLen = rows.reduce((m, r) => Math.min(m, r.code.length), Infinity);
  return rows.filter((r) => r.code.length === minLen);
}

/** 类 = Σ 款, 款 = Σ 项 for each column of a 科目 table. */
export function rollupFindings(meta: RuleMeta, d: Disclosure, id: TableId, columns?: readonly string[]): Finding[] {
  const t = d.tables[id];
  if (!t) return [];
  const out: Finding[] = [];
  for (const row of t.rows) {
    const kids = childRows(t.rows, row);
    if (kids.length === 0) continue;
    for (const col of columns ?? t.columns) {
      if (!row.values[col]) continue;
      const f = checkSum(meta, {
        total: rowTerm(d, id, row, col),
        parts: kids.map((k) => rowTerm(d, id, k, col)),
        what: () => `${tableTitle(d, id)} ${row.code} ${row.name}（${fieldName(id, col)}）`,
        of: `其下级科目之和`,
      });
      if (f) out.push(f);
    }
  }
  return out;
}

/** 合计行 = Σ 类 for each column of a 科目 table. */
export function totalRowFindings(meta: RuleMeta, d: Disclosure, id: TableId): Finding[] {
  const t = d.tables[id];
  if (!t?.totalRow) return [];
  const tops = topRows(t.rows);
  const out: Finding[] = [];
  for (const col of t.columns) {
    if (!t.totalRow[col]) continue;
    const f = checkSum(meta, {
      total: totalRowTerm(d, id, col),
      parts: tops.map((r) => rowTerm(d, id, r, col)),
      what: () => `${tableTitle(d, id)} 合计行（${fieldName(id, col)}）`,
      of: '各类科目之和',
    });
    if (f) out.push(f);
  }
  return out;
}

/** Per-row (and 合计行) relation between columns: cols[total] = Σ cols[parts] (signed). */
export function rowColumnFindings(
  meta: RuleMeta,
  d: Disclosure,
  id: TableId,
  total: string,
  parts: readonly { col: string; sign?: 1 | -1 }[],
  of: string,
  allRequired = false,
): Finding[] {
  const t = d.tables[id];
  if (!t) return [];
  const out: Finding[] = [];
  const title = tableTitle(d, id);
  const lines: { label: () => string; values: Readonly<Record<string, Figure>> }[] = [];
  if (t.totalRow) lines.push({ label: () => '合计行', values: t.totalRow });
  for (const r of t.rows) lines.push({ label: () => `${r.code} ${r.name}`, values: r.values });
  for (const line of lines) {
    if (!line.values[total]) continue;
    const term = (col: string, sign?: 1 | -1): Term =>
      new LazyTerm(line.values[col], () => `${title} ${line.label()} ${fieldName(id, col)}`, sign);
    // A column the table does not print (e.g. 经营收入 dropped by a province) is left out of the sum.
    // A relation that needs every column (年末 = 年初 + 收入 − 支出) is skipped when one is not printed.
    const present = parts.filter((p) => line.values[p.col] !== undefined);
    if (allRequired && present.length < parts.length) continue;
    const f = checkSum(meta, {
      total: term(total),
      parts: present.map((p) => term(p.col, p.sign)),
      what: () => `${title} ${line.label()} ${fieldName(id, total)}`,
      of,
    });
    if (f) out.push(f);
  }
  return out;
}

export type { FindingCell };

/**
 * The same 科目 rows in two tables: equal by code (rows printed in one table only must be zero there).
 * `left` is the table being checked (role other), `right` the one it must agree with.
 */
export function matchByCode(
  meta: RuleMeta,
  d: Disclosure,
  left: { id: TableId; rows: readonly SubjectRow[]; col: string },
  right: { id: TableId; rows: readonly SubjectRow[]; col: string },
): Finding[] {
  const out: Finding[] = [];
  const rightBy = new Map(right.rows.map((r) => [r.code, r]));
  const leftBy = new Map(left.rows.map((r) => [r.code, r]));
  const lt = tableTitle(d, left.id);
  const rt = tableTitle(d, right.id);
  for (const l of left.rows) {
    const r = rightBy.get(l.code);
    const lTerm = rowTerm(d, left.id, l, left.col);
    if (r) {
      const f = checkEqual(
        meta,
        lTerm,
        rowTerm(d, right.id, r, right.col),
        `${lt} ${l.code} ${l.name}（${fieldName(left.id, left.col)}）`,
        `${rt} 同一科目的${fieldName(right.id, right.col)}`,
      );
      if (f) out.push(f);
    } else {
      const f = missingCounterpart(meta, lTerm, `${rt} 没有 ${l.code} ${l.name} 科目`);
      if (f) out.push(f);
    }
  }
  for (const r of right.rows) {
    if (leftBy.has(r.code)) continue;
    const f = missingCounterpart(meta, rowTerm(d, right.id, r, right.col), `${lt} 没有 ${r.code} ${r.name} 科目`);
    if (f) out.push(f);
  }
  return out;
}

/** A non-zero figure whose counterpart table has no such line: the other side counts as 0 (exact). */
function missingCounterpart(meta: RuleMeta, term: Term, why: string): Finding | undefined {
  if (!usableTerm(term) || term.figure.value.isZero()) return undefined;
  const cells = [findingCell(term, 'other')!];
  const tolerance = term.figure.half;
  const status = term.figure.value.abs().lte(tolerance) ? 'rounding' : 'error';
  const severity: Severity = status === 'rounding' ? 'rounding' : meta.severity;
  const ref = refToString(term.figure.cell);
  const [v, u] = [term.figure.value, term.figure.unit];
  return {
    rule: meta.id,
    severity,
    message: `${term.label}（${ref}）为 ${amountIn(v, u)}，但${why}（按 0 计）：应为 ${amountIn(Dec.ZERO, u)}，实为 ${amountIn(
      v,
      u,
    )}，相差 ${amountIn(v, u)}（舍位容差 ±${toleranceIn(tolerance, u)}）`,
    cells,
    expected: Dec.ZERO,
    actual: term.figure.value,
    difference: term.figure.value,
    tolerance,
    suggestion: `请在对应表中补列该科目，或核对 ${ref} 的科目归属`,
    fingerprint: fingerprint(meta.id, cells),
  };
}

export function compact(...fs: (Finding | undefined | readonly (Finding | undefined)[])[]): Finding[] {
  return fs.flat().filter((f): f is Finding => f !== undefined);
}
