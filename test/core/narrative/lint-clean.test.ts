/**
 * The draft uses the standard wording, so the linter (src/core/lint) reads and verifies it: no error and no warning,
 * with the text alone and against the workbook model. Remaining notes are facts of the data (舍位差异 of the seed's
 * own figures, a reason typed with one decimal), not of the wording.
 */
import { lintNarrative } from '../../../src/core/lint';
import { draftNarrative } from '../../../src/core/narrative/draft';
import { renderText } from '../../../src/core/narrative/render-text';
import { seed000, seed004 } from './fixtures';

describe.each([
  ['seed 000', seed000],
  ['seed 004', seed004],
] as const)('hunan-2021 draft of %s lints clean', (_n, model) => {
  const d = model();
  const text = renderText(draftNarrative(d));
  test.each([
    ['text only', {}],
    ['against the workbook model', { disclosure: d }],
  ] as const)('%s', (_m, opts) => {
    const r = lintNarrative(text, opts);
    // The draft's own 【请填写：…】 placeholders are reported on purpose (rule placeholder: fill before publishing).
    const serious = r.findings.filter(
      (f) => (f.severity === 'error' || f.severity === 'warning') && f.rule !== 'placeholder',
    );
    expect(serious.map((f) => `${f.section} ${f.quote}: ${f.message}`)).toEqual([]);
    expect(r.verified).toBeGreaterThan(r.claims * 0.85);
  });
});
