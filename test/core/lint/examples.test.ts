import { readFileSync } from 'fs';
import { join } from 'path';
import { renderLintRules } from '../../../scripts/lint-rules-doc';
import { lintNarrative, RULES } from '../../../src/core/lint';

/**
 * RuleTester over every rule's own examples (the ones docs/rules.md prints): the valid text gives no finding of
 * that rule, the invalid text gives one that quotes exactly the span the example names.
 */
const withExamples = RULES.filter((r) => r.examples);

describe.each(withExamples.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  const ex = rule.examples!;
  test('valid example: no finding of this rule', () => {
    const r = lintNarrative(ex.valid);
    expect(r.findings.filter((f) => f.rule === rule.id)).toEqual([]);
  });
  test('invalid example: reported, quoting the span', () => {
    const [text, quote] = ex.invalid;
    const found = lintNarrative(text).findings.filter((f) => f.rule === rule.id);
    expect(found.map((f) => f.quote)).toContain(quote);
    for (const f of found) expect(text.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
  });
});

test('every rule has a Chinese title', () => {
  for (const r of RULES) expect(r.title).toMatch(/[\u4e00-\u9fff]/);
});

test('docs/rules.md lists every lint rule with its Chinese name (regenerate: npm run rules-doc)', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/rules.md'), 'utf8');
  expect(doc).toContain(renderLintRules().join('\n'));
  for (const r of RULES) expect(doc).toContain(`| \`${r.id}\` | ${r.title.replace(/\|/g, '\\|')} |`);
});
