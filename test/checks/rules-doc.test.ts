import { readFileSync } from 'fs';
import { generateRulesDoc, RULES_DOC } from '../../scripts/gen-rules-doc';
import { RULES } from '../../src/core/checks/rules';

test('docs/rules.md is up to date (regenerate: node -r ./scripts/register-ts.js scripts/gen-rules-doc.ts)', async () => {
  const doc = await generateRulesDoc();
  for (const r of RULES) expect(doc).toContain(`\`${r.meta.id}\``);
  expect(readFileSync(RULES_DOC, 'utf8')).toBe(doc);
});
