import type { Dec } from '../decimal/dec';
import type { CellRef } from '../grid/grid';
import type { Disclosure, Figure } from '../model/types';

/**
 * Glossary: 表内 = inside one table; 表间 = between two tables; 补充信息 = the supplementary sheet; 跨年 = against
 * last year's figures. 舍位差异 = a difference explained by the rounding of shown figures (severity `rounding`).
 */
export type Severity = 'error' | 'warning' | 'rounding' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'rounding', 'info'];
export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  rounding: '舍位差异',
  info: '提示',
};

export type Scope = '表内' | '表间' | '补充信息' | '跨年';

/** How a cell takes part in a finding: the total being checked, one of its parts, or another figure. */
export type CellRole = 'total' | 'part' | 'other';

export interface FindingCell {
  readonly cell: CellRef;
  /** "公开01表!C7" */
  readonly ref: string;
  readonly role: CellRole;
  /** What the cell holds, in an accountant's words ("收入支出决算总表 本年收入合计"). */
  readonly label: string;
}

/** A written reason that accepts a warning (出错说明), stored in the workbook (_juesuan sheet, kind 'waiver'). */
export interface Waiver {
  readonly reason: string;
  readonly by?: string;
  /** ISO date-time. */
  readonly at: string;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** Chinese message naming table, item, figures. */
  readonly message: string;
  readonly cells: readonly FindingCell[];
  readonly expected?: Dec;
  readonly actual?: Dec;
  /** actual − expected */
  readonly difference?: Dec;
  /** Rounding tolerance from the figures' own halves. */
  readonly tolerance?: Dec;
  readonly suggestion?: string;
  /** Stable identity of the finding: rule + cells (what a waiver is keyed by). */
  readonly fingerprint: string;
  /** Present when a written reason accepts this warning. */
  readonly waiver?: Waiver;
  /** Messages of the findings that only follow from this one (folded into it: one root cause, one finding). */
  readonly folded?: readonly string[];
}

export interface RuleMeta {
  /** Stable id, kebab-case (also the module's file name). */
  readonly id: string;
  readonly title: string;
  readonly scope: Scope;
  /** Severity when the relation fails beyond rounding (a failure within rounding is always `rounding`). */
  readonly severity: Severity;
  /** The relation, in domain words. */
  readonly relation: string;
  /** Message template; `{…}` placeholders are filled per finding. */
  readonly message: string;
}

export interface CheckOptions {
  /** 决算 vs 年初预算 differs by more than this share (percent) → warning. Default 20. */
  readonly budgetVariancePercent?: Dec;
  /** A "其他" 科目 (code ending 99) above this share (percent) of its parent → warning. Default 20. */
  readonly otherSharePercent?: Dec;
  /** Waivers by fingerprint. */
  readonly waivers?: ReadonlyMap<string, Waiver>;
}

/** A figure with the words that name it in messages. */
export interface Term {
  readonly figure: Figure | undefined;
  readonly label: string;
  /** −1 for a part that is subtracted (年末 = 年初 + 收入 − 支出). */
  readonly sign?: 1 | -1;
}

export interface RuleContext {
  readonly disclosure: Disclosure;
  readonly options: Required<Omit<CheckOptions, 'waivers'>>;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}

export interface CheckSummary {
  readonly error: number;
  readonly warning: number;
  readonly rounding: number;
  readonly info: number;
  /** Warnings accepted with a written reason (not counted under warning). */
  readonly accepted: number;
}

/** The counts and how many checks lacked an input (a table, a field) and did not run, or not fully (also info). */
export interface CheckTally extends CheckSummary {
  readonly notRun?: number;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly summary: CheckTally;
}
