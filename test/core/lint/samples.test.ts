import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyseGrid } from '../../../src/core/engine';
import { lintNarrative } from '../../../src/core/lint';
import type { Disclosure } from '../../../src/core/model/types';
import { readGridFromFile } from '../../../src/io/xlsx';

/** The seed texts linted with their sample workbooks (samples/*.xlsx rebuild the published tables). */
const ROOT = join(__dirname, '../../..');
const SEED_000 = readFileSync(join(ROOT, 'test/fixtures/lint/seed-000-heshan-zfb-2021.txt'), 'utf8');
const SEED_004 = readFileSync(join(ROOT, 'test/fixtures/lint/seed-004-heshan-jdfw-2021.txt'), 'utf8');

async function model(file: string): Promise<Disclosure> {
  return analyseGrid(await readGridFromFile(join(ROOT, 'samples', file))).disclosure;
}

const haveSamples =
  existsSync(join(ROOT, 'samples/heshan-zfb-2021.xlsx')) && existsSync(join(ROOT, 'samples/heshan-jdfw-2021.xlsx'));

(haveSamples ? describe : describe.skip)('seeds with their sample workbooks', () => {
  test('seed 000: 五（一） 占本年支出合计的100% is caught from the table alone (1305.63 ÷ 1344.01 = 97.14%)', async () => {
    const d = await model('heshan-zfb-2021.xlsx');
    // Section 五 without 三: the text no longer states 支出合计, only the workbook (公开01表) knows it.
    const start = SEED_000.indexOf('## **五、');
    const five = SEED_000.slice(start, SEED_000.indexOf('## **六、'));
    expect(lintNarrative(five).findings.filter((f) => f.rule === 'share-percent')).toEqual([]);
    const f = lintNarrative(five, { disclosure: d }).findings.filter((x) => x.rule === 'share-percent');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '97.14%', actual: '100%' });
    expect(f[0].message).toMatch(/公开01表!/);
  });

  test('seed 000: every figure the text takes from the tables matches the workbook; more numbers are verified', async () => {
    const d = await model('heshan-zfb-2021.xlsx');
    const alone = lintNarrative(SEED_000);
    const r = lintNarrative(SEED_000, { disclosure: d });
    expect(r.findings.filter((f) => f.rule === 'workbook-mismatch' && f.severity === 'error')).toEqual([]);
    expect(r.verified).toBeGreaterThan(alone.verified);
    // The text's own mistakes are still all there.
    for (const rule of ['direction-word', 'share-percent', 'numbering', 'zero-base'])
      expect(r.findings.some((f) => f.rule === rule && f.severity === 'error')).toBe(true);
  });

  test('seed 004: 十 compares 机关运行经费 with its 年初预算 of 补充信息 (82.09): the Δ is right, the % is not', async () => {
    const d = await model('heshan-jdfw-2021.xlsx');
    const r = lintNarrative(SEED_004, { disclosure: d });
    const ten = r.findings.filter((f) => f.section === '十' && f.severity === 'error');
    expect(ten.map((f) => [f.rule, f.expected])).toEqual([['change-percent', '57.34%']]);
    for (const f of r.findings) expect(SEED_004.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
  });
});
