import { basename } from 'path';
import { findingJson } from '../core/checks/format';
import { SEVERITIES, type Finding, type Severity } from '../core/checks/types';
import { checkWithStore } from '../core/checks/with-store';
import { analyseGrid } from '../core/engine';
import type { Grid } from '../core/grid/grid';
import { lintNarrative, type LintFinding } from '../core/lint';
import { PROFILES } from '../core/profiles/profiles';
import { GridReadError, readGridFromFile } from '../io/xlsx';
import { findNarrative, readNarrativeText } from './narrative';
import {
  FINDINGS_SHEET,
  SUMMARY_SHEET,
  type BatchFinding,
  type Counts,
  type NarrativeReview,
  type ReviewOptions,
  type UnitReview,
  type UnitStatus,
} from './types';

const RANK = new Map<Severity, number>(SEVERITIES.map((s, i) => [s, i]));

function checkFinding(f: Finding): BatchFinding {
  const j = findingJson(f);
  return {
    source: '校验',
    rule: j.rule,
    severity: f.severity,
    cell: j.cells.join('、'),
    message: j.message,
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

/** A review written by an earlier `juesuan batch` (its 汇总 and 问题清单 sheets with their 序号 headers). */
function isReviewWorkbook(grid: Grid): boolean {
  const first = (name: string) => grid.sheets.find((s) => s.name === name)?.rows[0]?.[0]?.value;
  return first(SUMMARY_SHEET) === '序号' && first(FINDINGS_SHEET) === '序号';
}

function firstLine(e: unknown): string {
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

/**
 * Reviews one workbook: read, map, check (with the waivers stored in it) and, with `lint`, the narrative beside it.
 * Never throws: a file that cannot be read gives a review with `readError` and status 无法读取.
 */
export async function reviewFile(path: string, display: string, options: ReviewOptions = {}): Promise<UnitReview> {
  const started = Date.now();
  const unreadable = (reason: string) => unreadableReview(display, reason, Date.now() - started);
  try {
    let grid: Grid;
    try {
      grid = await readGridFromFile(path);
    } catch (e) {
      return unreadable(e instanceof GridReadError ? firstLine(e) : `无法读取（cannot read file: ${firstLine(e)}）`);
    }
    const { mapping, disclosure } = analyseGrid(grid);
    if (mapping.tables.length === 0 && isReviewWorkbook(grid))
      return {
        ...unreadableReview(display, '', Date.now() - started),
        skipped: '批量审核生成的审核表（a review workbook）',
      };
    const result = checkWithStore(grid, disclosure);
    const findings: BatchFinding[] = result.findings.map(checkFinding);
    let narrative: NarrativeReview | undefined;
    if (options.lint) {
      const file = await findNarrative(path);
      if (file) {
        const name = basename(file);
        try {
          const lint = lintNarrative(await readNarrativeText(file), { disclosure });
          findings.push(...lint.findings.map((f) => lintFinding(f, name)));
          narrative = { file: name, claims: lint.claims, verified: lint.verified };
        } catch (e) {
          narrative = { file: name, error: firstLine(e), claims: 0, verified: 0 };
          findings.push({ source: '情况说明', rule: 'read', severity: 'warning', cell: name, message: firstLine(e) });
        }
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
    return unreadable(`处理时出错（internal error: ${firstLine(e)}），请把文件反馈给开发者`);
  }
}

/** The three problems a reviewer reads first: errors, then unexplained warnings. */
export function topProblems(r: UnitReview, n = 3): string[] {
  return r.findings
    .filter((f) => (f.severity === 'error' || f.severity === 'warning') && !f.accepted)
    .slice(0, n)
    .map((f) => f.message);
}
