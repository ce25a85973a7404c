import type { Claim } from '../claims';
import type { LintContext } from '../context';
import type { LintSeverity } from '../types';

/**
 * One lint rule, ESLint style: a stable id, a Chinese title, its default severity and family, and a check that
 * reports findings through the context. Messages are built by each family module's `messages`.
 */
export interface LintRule {
  readonly id: string;
  readonly title: string;
  readonly severity: LintSeverity;
  readonly family: 'arithmetic' | 'form' | 'wording' | 'consistency' | 'workbook';
  check(ctx: LintContext, claims: readonly Claim[]): void;
}
