import { join } from 'path';
import { analyseGrid } from '../../../src/core/engine';
import { lintNarrative } from '../../../src/core/lint';
import { draftNarrative } from '../../../src/core/narrative/draft';
import { renderText } from '../../../src/core/narrative/render-text';
import { readGridFromFile } from '../../../src/io/xlsx';
import { gridOf } from '../../helpers/xlsx';
import { variantsOf } from '../../layouts/variants';

/**
 * Issue 16, self-consistency as a property over layouts: on EVERY layout variant the variant generator makes of
 * each sample (numbering rows, 元/千元, split or joined codes, 0.00 in blanks, stacked tables …), the tool's own
 * draft in each profile, linted against that variant's workbook, has no error. The linter compares with the
 * variant's own model (its units, its cells), so a false alarm that a layout provokes shows here.
 */
const SAMPLES = ['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'];
const PROFILES = ['hunan-2021', 'shanghai-2024'] as const;

describe.each(SAMPLES)('lint(draft(variant)) of %s', (sample) => {
  test('every layout variant × both profiles: 0 errors', async () => {
    const grid = await readGridFromFile(join(__dirname, '../../../samples', sample));
    const variants = variantsOf({ grid, analysis: analyseGrid(grid) });
    expect(variants.length).toBeGreaterThanOrEqual(13);
    const errors: string[] = [];
    for (const v of variants) {
      const d = analyseGrid(await gridOf(v.sheets)).disclosure;
      for (const profile of PROFILES) {
        const r = lintNarrative(renderText(draftNarrative(d, { profile })), { disclosure: d });
        for (const f of r.findings.filter((x) => x.severity === 'error'))
          errors.push(`${v.name} ${profile} ${f.place} ${f.rule} “${f.quote}”: ${f.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
