/**
 * Golden tests on the sample workbooks (samples/heshan-*.xlsx, every seed figure in its cell, 补充信息 filled from the
 * seed text): read → map → model → draft, then every non-zero figure of the seed section must be in the drafted
 * section (seed errors as in golden.test.ts). Sections whose tables the mapper does not read yet are listed with
 * the reason; they are covered on the fixture models in golden.test.ts.
 */
import { join } from 'path';
import { analyseGrid } from '../../../src/core/engine';
import { draftNarrative } from '../../../src/core/narrative/draft';
import type { Draft } from '../../../src/core/narrative/types';
import { readGridFromFile } from '../../../src/io/xlsx';
import { draftText, figures, seedFigures } from './compare';
import { SEED_000, SEED_004 } from './seed-text';

const WRONG: Record<string, [string, string][]> = {
  '004': [
    ['overall', '36.36'],
    ['fiscal', '36.36'],
    ['operatingCost', '52.83'],
  ],
};

async function draftOf(file: string): Promise<Draft> {
  const { disclosure } = analyseGrid(await readGridFromFile(join(__dirname, '../../../samples', file)));
  return draftNarrative(disclosure);
}

describe.each([
  [
    '000',
    'heshan-zfb-2021.xlsx',
    SEED_000,
    [
      'overall',
      'income',
      'expense',
      'fiscal',
      'general',
      'basic',
      'fund',
      'soe',
      'operatingCost',
      'generalSpending',
      'procurement',
      'assets',
    ],
  ],
  [
    '004',
    'heshan-jdfw-2021.xlsx',
    SEED_004,
    ['overall', 'income', 'fiscal', 'operatingCost', 'generalSpending', 'procurement', 'assets'],
  ],
] as const)('sample of seed %s (%s)', (seedId, file, seed, sections) => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await draftOf(file);
  });
  test.each(sections)('section %s states every figure of the seed', (id) => {
    const got = figures(draftText(draft, id));
    const wrong = WRONG[seedId] ?? [];
    const expected = seedFigures(seed, id).filter((v) => !wrong.some(([s, w]) => s === id && v.eq(figures(w)[0])));
    expect(expected.filter((v) => !got.some((x) => x.eq(v))).map((v) => v.toFixed())).toEqual([]);
  });
});
