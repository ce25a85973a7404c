import { arithmeticRules } from './arithmetic';
import { completenessRules } from './completeness';
import { consistencyRules } from './consistency';
import { formRules } from './form';
import { partsRules } from './parts';
import { subjectRules } from './subjects';
import { trendRules } from './trend';
import type { LintRule } from './rule';
import { wordingRules } from './wording';
import { yearRules } from './year';
import { workbookRules } from './workbook';

/**
 * Every rule in the order it runs. The workbook first: a figure it finds wrong is reported once, and the later
 * rules leave every relation built on it alone (one root cause, one finding); a figure it backs is the reference
 * when the text states it twice. Arithmetic and consistency next: they mark the numbers they confirm, which the
 * form rule unit-yuan uses to tell a slip (元 for 万元, confirmed by the arithmetic) from a doubt.
 */
export const RULES: readonly LintRule[] = [
  ...workbookRules,
  ...subjectRules,
  ...arithmeticRules,
  ...consistencyRules,
  ...wordingRules,
  ...trendRules,
  ...formRules,
  ...partsRules,
  ...completenessRules,
  ...yearRules,
];

export function ruleById(id: string): LintRule | undefined {
  return RULES.find((r) => r.id === id);
}
