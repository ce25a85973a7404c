import { readClaims } from './claims';
import { buildContext } from './context';
import { RULES } from './rules';
import type { LintOptions, LintResult } from './types';

export type { LintFinding, LintOptions, LintResult, LintSeverity } from './types';
export { RULES } from './rules';

/**
 * Lints a written 第三部分 情况说明 (or a whole disclosure: part 三 is found between "第三部分" and "第四部分"):
 * every number is read, checked against its sentence's arithmetic, the rest of the text and, when given, the
 * workbook model. Linear in the length of the text.
 */
export function lintNarrative(text: string, options: LintOptions = {}): LintResult {
  const ctx = buildContext(text, options.disclosure);
  const claims = readClaims(ctx);
  for (const rule of RULES) rule.check(ctx, claims);
  const findings = [...ctx.findings].sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule));
  return { findings, claims: ctx.mentions.length, verified: ctx.verifiedCount() };
}
