import type { Claim } from '../claims';
import type { LintContext } from '../context';
import type { LintSeverity } from '../types';

/**
 * One lint rule, ESLint style: a stable id, a Chinese title (the name the pane and the web page show), its default
 * severity and family, a check that reports findings through the context, and examples: a text it accepts and a
 * text it reports with the quote it reports (docs/rules.md prints them; test/core/lint/examples.test.ts runs them).
 * Messages are built by each family module's `messages`.
 */
export interface LintRule {
  readonly id: string;
  readonly title: string;
  readonly severity: LintSeverity;
  readonly family: 'arithmetic' | 'form' | 'wording' | 'consistency' | 'workbook' | 'completeness' | 'year' | 'parts';
  check(ctx: LintContext, claims: readonly Claim[]): void;
  /** Text-only examples; rules that need a workbook have theirs in the corpus (test/fixtures/lint/corpus.ts). */
  readonly examples?: RuleExamples;
}

export interface RuleExamples {
  /** A text with no finding of this rule. */
  readonly valid: string;
  /** A text with a finding of this rule, and the exact quote of that finding. */
  readonly invalid: readonly [text: string, quote: string];
}

/** Chinese names of the families (docs, pane). */
export const FAMILY_NAMES: Readonly<Record<LintRule['family'], string>> = {
  arithmetic: '句内计算',
  consistency: '前后一致',
  workbook: '与决算表核对',
  wording: '用语',
  form: '形式',
  completeness: '完整性与模板残留',
  year: '年度',
  parts: '部分与整体',
};
