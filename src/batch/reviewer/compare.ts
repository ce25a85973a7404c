import type { Grid } from '../../core/grid/grid';
import { FINDINGS_SHEET, SUMMARY_SHEET, type BatchFinding, type UnitReview } from '../types';
import { unitKey } from './expected';

/**
 * The second round (复审): this review against the previous one's workbook. Per unit, each error or unexplained
 * warning of the previous round is 已整改 (gone, or now explained) or 仍存在; a problem not there before is 新增.
 * A finding is the same when its source, rule and cells are ("公开01表!C31" stays C31 while rows do not move).
 */

export type Change = '已整改' | '新增' | '仍存在';

/** A finding as the previous review workbook lists it (问题清单). */
export interface PreviousFinding {
  readonly unit: string;
  readonly file: string;
  readonly source: string;
  readonly rule: string;
  readonly severity: string;
  readonly cell: string;
  readonly message: string;
}

export interface PreviousReview {
  readonly units: readonly { readonly unit: string; readonly file: string }[];
  /** Errors and unexplained warnings only (what had to be fixed). */
  readonly findings: readonly PreviousFinding[];
}

export interface UnitComparison {
  readonly unit: string;
  readonly file: string;
  /** Whether the unit was in the previous review at all (else every problem is 新增). */
  readonly inPrevious: boolean;
  readonly fixed: readonly PreviousFinding[];
  readonly remaining: readonly BatchFinding[];
  readonly added: readonly BatchFinding[];
}

export class PreviousReviewError extends Error {}

/** Text of a cell as written by safeText: the apostrophe that kept a leading = from being a formula is dropped. */
function text(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? '' : String(v);
  return /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(s) ? s.slice(1) : s;
}

/** The rows of a sheet under its header row, as records keyed by header text. */
function records(grid: Grid, sheet: string): Record<string, string>[] {
  const ws = grid.sheets.find((s) => s.name === sheet);
  if (!ws) return [];
  const head = (ws.rows[0] ?? []).map((c) => text(c?.value));
  return ws.rows.slice(1).flatMap((row) => {
    if (!row) return [];
    const rec: Record<string, string> = {};
    head.forEach((h, i) => (rec[h] = text(row[i]?.value)));
    return [rec];
  });
}

/** Reads a review workbook written by `juesuan batch` or the web page; throws PreviousReviewError otherwise. */
export function readPreviousReview(grid: Grid): PreviousReview {
  const summary = records(grid, SUMMARY_SHEET);
  const rows = records(grid, FINDINGS_SHEET);
  const first = (s: string) => grid.sheets.find((x) => x.name === s)?.rows[0]?.[0]?.value;
  if (first(SUMMARY_SHEET) !== '序号' || first(FINDINGS_SHEET) !== '序号')
    throw new PreviousReviewError(
      `不是批量审核生成的审核表：缺少“${SUMMARY_SHEET}”或“${FINDINGS_SHEET}”工作表（not a review workbook）`,
    );
  return {
    units: summary.filter((r) => r['状态'] !== '未提交').map((r) => ({ unit: r['单位'], file: r['文件'] })),
    findings: rows
      .filter((r) => r['序号'] !== '' && (r['严重程度'] === '错误' || r['严重程度'] === '警告'))
      .map((r) => ({
        unit: r['单位'],
        file: r['文件'],
        source: r['来源'],
        rule: r['规则'],
        severity: r['严重程度'],
        cell: r['单元格/位置'],
        message: r['说明'],
      })),
  };
}

/** Which previous unit a review is: same unit name, else same file name. */
function sameUnit(r: UnitReview, unit: string, file: string): boolean {
  if (r.unitName && unit) return unitKey(r.unitName) === unitKey(unit);
  const base = (f: string) => f.replace(/^.*[\\/]/, '').toLowerCase();
  return base(r.file) === base(file);
}

const key = (f: { source: string; rule: string; cell: string }) => `${f.source}|${f.rule}|${f.cell}`;
const toFix = (f: BatchFinding) => (f.severity === 'error' || f.severity === 'warning') && !f.accepted;

export function compareReviews(reviews: readonly UnitReview[], previous: PreviousReview): UnitComparison[] {
  return reviews
    .filter((r) => !r.skipped)
    .map((r) => {
      const inPrevious = previous.units.some((u) => sameUnit(r, u.unit, u.file));
      const before = previous.findings.filter((f) => sameUnit(r, f.unit, f.file));
      const now = r.findings.filter(toFix);
      const nowKeys = new Set(now.map(key));
      const beforeKeys = new Set(before.map(key));
      return {
        unit: r.unitName ?? '',
        file: r.file,
        inPrevious,
        fixed: before.filter((f) => !nowKeys.has(key(f))),
        remaining: now.filter((f) => beforeKeys.has(key(f))),
        added: now.filter((f) => !beforeKeys.has(key(f))),
      };
    });
}

/** "已整改 3，仍存在 1，新增 0" (or 首次审核 for a unit not in the previous round). */
export function comparisonLine(c: UnitComparison): string {
  if (!c.inPrevious) return `上轮未审核，本轮问题 ${c.added.length} 项`;
  return `已整改 ${c.fixed.length}，仍存在 ${c.remaining.length}，新增 ${c.added.length}`;
}
