import { findingJson } from '../core/checks/format';
import { displayFinding, figuresByCell } from '../core/format/amount';
import type { Figure } from '../core/model/types';
import { SEVERITIES, type Finding, type Severity } from '../core/checks/types';
import { checkWithStore } from '../core/checks/with-store';
import { analyseGrid } from '../core/engine';
import type { Grid } from '../core/grid/grid';
import { lintNarrative, type LintFinding } from '../core/lint';
import { PROFILES } from '../core/profiles/profiles';
import {
  CHECKLIST_SHEET,
  FINDINGS_SHEET,
  SUMMARY_SHEET,
  type BatchFinding,
  type Counts,
  type NarrativeReview,
  type UnitReview,
  type UnitStatus,
} from './types';

/**
 * The review of one unit from its Grid (and its narrative's text): no files, no Node modules, so that the CLI's
 * worker threads (review.ts) and the web page's Web Workers (src/web/batch) give the same review.
 */

const RANK = new Map<Severity, number>(SEVERITIES.map((s, i) => [s, i]));

/** A check finding as the review shows it: amounts in its message with their table's decimals, as in the pane. */
function checkFinding(f: Finding, figures: ReadonlyMap<string, Figure>): BatchFinding {
  const j = findingJson(f);
  return {
    source: '校验',
    rule: j.rule,
    severity: f.severity,
    cell: j.cells.join('、'),
    message: displayFinding(f, figures).message,
    ...(j.suggestion ? { suggestion: j.suggestion } : {}),
    ...(f.waiver ? { accepted: f.waiver.reason } : {}),
  };
}

function lintFinding(f: LintFinding, file: string): BatchFinding {
  const quote = f.quote.replace(/\s*\n\s*/g, ' ');
  return {
    source: '情况说明',
    rule: f.rule,
    severity: f.severity,
    cell: `${file}${f.place ? ` ${f.place}` : ''}“${quote}”`,
    message: f.message,
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
  };
}

function count(findings: readonly BatchFinding[]): Counts {
  const n = (s: Severity) => findings.filter((f) => f.severity === s && !f.accepted).length;
  return {
    error: n('error'),
    warning: n('warning'),
    rounding: n('rounding'),
    info: n('info'),
    accepted: findings.filter((f) => f.accepted).length,
  };
}

/** 可提交 only without errors and without unexplained warnings (as the check's own verdict says). */
export function statusOf(c: Counts): UnitStatus {
  return c.error > 0 || c.warning > 0 ? '需修改' : '可提交';
}

/**
 * A review written by an earlier `juesuan batch` (its 汇总 and 问题清单 sheets with their 序号 headers), or the
 * checklist written beside it.
 */
function isReviewWorkbook(grid: Grid): boolean {
  const first = (name: string) => grid.sheets.find((s) => s.name === name)?.rows[0]?.[0]?.value;
  return (first(SUMMARY_SHEET) === '序号' && first(FINDINGS_SHEET) === '序号') || first(CHECKLIST_SHEET) === '序号';
}

export function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

/** The row of a file that could not be read (or broke the engine): one error, status 无法读取. */
export function unreadableReview(display: string, reason: string, ms = 0): UnitReview {
  return {
    file: display,
    tablesFound: 0,
    tablesMissing: [],
    readError: reason,
    counts: { error: 1, warning: 0, rounding: 0, info: 0, accepted: 0 },
    findings: [{ source: '读取', rule: 'read', severity: 'error', cell: '', message: reason }],
    status: '无法读取',
    ms,
  };
}

/** The narrative beside a workbook, as read by the caller: its text, or why it could not be read. */
export type NarrativeInput = { readonly file: string } & ({ readonly text: string } | { readonly error: string });

/**
 * Reviews one workbook's Grid: map, check (with the waivers stored in it) and lint the narrative when one is given.
 * `started` is when reading began (Date.now()), for the review's time.
 */
export function reviewGrid(grid: Grid, display: string, started: number, narrativeIn?: NarrativeInput): UnitReview {
  try {
    const { mapping, disclosure } = analyseGrid(grid);
    if (mapping.tables.length === 0 && isReviewWorkbook(grid))
      return {
        ...unreadableReview(display, '', Date.now() - started),
        skipped: '批量审核生成的审核表或检查表（a review workbook）',
      };
    const result = checkWithStore(grid, disclosure);
    const figures = figuresByCell(disclosure);
    const findings: BatchFinding[] = result.findings.map((f) => checkFinding(f, figures));
    let narrative: NarrativeReview | undefined;
    if (narrativeIn) {
      const name = narrativeIn.file;
      if ('text' in narrativeIn) {
        const lint = lintNarrative(narrativeIn.text, { disclosure });
        findings.push(...lint.findings.map((f) => lintFinding(f, name)));
        narrative = { file: name, claims: lint.claims, verified: lint.verified };
      } else {
        narrative = { file: name, error: narrativeIn.error, claims: 0, verified: 0 };
        findings.push({
          source: '情况说明',
          rule: 'read',
          severity: 'warning',
          cell: name,
          message: narrativeIn.error,
        });
      }
    }
    // Stable: check findings keep their catalogue order, narrative findings their text order.
    const sorted = findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => RANK.get(a.f.severity)! - RANK.get(b.f.severity)! || a.i - b.i)
      .map((x) => x.f);
    const counts = count(sorted);
    const found = new Set(mapping.tables.map((t) => t.id));
    return {
      file: display,
      ...(disclosure.unitName ? { unitName: disclosure.unitName } : {}),
      ...(disclosure.year ? { year: disclosure.year } : {}),
      profile: mapping.profile,
      profileName: PROFILES[mapping.profile]?.name ?? mapping.profile,
      tablesFound: found.size,
      tablesMissing: [...mapping.notFound].sort(),
      ...(narrative ? { narrative } : {}),
      counts,
      findings: sorted,
      status: statusOf(counts),
      ms: Date.now() - started,
    };
  } catch (e) {
    // A workbook that breaks the engine must not stop the batch: report it with the reason.
    return unreadableReview(
      display,
      `处理时出错（internal error: ${firstLine(e)}），请把文件反馈给开发者`,
      Date.now() - started,
    );
  }
}

/** The three problems a reviewer reads first: errors, then unexplained warnings. */
export function topProblems(r: UnitReview, n = 3): string[] {
  return r.findings
    .filter((f) => (f.severity === 'error' || f.severity === 'warning') && !f.accepted)
    .slice(0, n)
    .map((f) => f.message);
}
