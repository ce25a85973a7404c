import type { Severity } from '../core/checks/types';

/**
 * Batch review (批量审核) for a 财政局 reviewer: one UnitReview per workbook. Everything here is plain data (strings
 * and numbers) so that it crosses from a worker thread to the main thread unchanged.
 */

/** 可提交: no error and no unexplained warning; 需修改: errors or warnings to correct or explain; 无法读取: see reason. */
export type UnitStatus = '可提交' | '需修改' | '无法读取';

export interface BatchFinding {
  /** 读取 (the file itself), 校验 (the tables and 补充信息), 情况说明 (the narrative beside the workbook). */
  readonly source: '读取' | '校验' | '情况说明';
  readonly rule: string;
  readonly severity: Severity;
  /** Cells ("公开01表!C7、公开03表!E9") or, for the narrative, section and quoted words. */
  readonly cell: string;
  readonly message: string;
  readonly suggestion?: string;
  /** A warning accepted with a written reason stored in the workbook. */
  readonly accepted?: string;
}

export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly rounding: number;
  readonly info: number;
  readonly accepted: number;
}

export interface NarrativeReview {
  /** File name of the narrative beside the workbook. */
  readonly file: string;
  /** Why it could not be read (then no lint findings). */
  readonly error?: string;
  /** Numbers read and numbers confirmed. */
  readonly claims: number;
  readonly verified: number;
}

export interface UnitReview {
  /** The workbook as the user named it (relative to the working folder when inside it). */
  readonly file: string;
  /** Unit name read from the workbook (补充信息, or the 单位/编制单位 line / title area of the tables). */
  readonly unitName?: string;
  readonly year?: number;
  readonly profile?: string;
  readonly profileName?: string;
  /** Tables of 公开01–09表 found, and the ids of those not found. */
  readonly tablesFound: number;
  readonly tablesMissing: readonly string[];
  /** Set when the file could not be read as a workbook. */
  readonly readError?: string;
  /** Present with --lint: the narrative found beside the workbook (undefined: none found). */
  readonly narrative?: NarrativeReview;
  readonly counts: Counts;
  /** Errors first, then warnings, 舍位差异, 提示 (check findings before narrative findings within a severity). */
  readonly findings: readonly BatchFinding[];
  readonly status: UnitStatus;
  /** Wall time for this file in milliseconds. */
  readonly ms: number;
  /** Set for a file that is not a unit's workbook but a review written by an earlier batch (left out of the review). */
  readonly skipped?: string;
}

export interface ReviewOptions {
  /** Also lint a narrative (.txt / .docx of the same base name) found beside each workbook. */
  readonly lint?: boolean;
}

export const TABLE_COUNT = 9;

/** Sheet names of the review workbook (also how a review left in the input folder is recognised and skipped). */
export const SUMMARY_SHEET = '汇总';
export const FINDINGS_SHEET = '问题清单';
/** The reviewer's checklist (its own workbook, written beside the review; skipped like a review). */
export const CHECKLIST_SHEET = '决算公开检查表';
