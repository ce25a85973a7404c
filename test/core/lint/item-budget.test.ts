import { join } from 'path';
import { analyseGrid } from '../../../src/core/engine';
import { lintNarrative } from '../../../src/core/lint';
import type { Disclosure } from '../../../src/core/model/types';
import { draftNarrative } from '../../../src/core/narrative/draft';
import { renderText } from '../../../src/core/narrative/render-text';
import { readGridFromFile } from '../../../src/io/xlsx';

/**
 * A 完成率 belongs to the figure it follows: in the Shanghai 三公 paragraph the 三公 total's 年初预算 is stated once,
 * and each item's “完成预算的X%” is over that item's own budget in 公开07表, never over the total's.
 */
let d: Disclosure;
let text: string;
beforeAll(async () => {
  d = analyseGrid(await readGridFromFile(join(__dirname, '../../../samples/heshan-zfb-2021.xlsx'))).disclosure;
  text = renderText(draftNarrative(d, { profile: 'shanghai-2024' }));
});

const VEHICLE = /(公务用车购置及运行维护费支出决算为8\.00万元，完成预算的)(100%)/;

test('the draft states the item rates and the linter accepts them (no division by the 三公 total budget)', () => {
  expect(text).toMatch(VEHICLE);
  const rates = lintNarrative(text, { disclosure: d }).findings.filter((f) => f.rule === 'completion-rate');
  expect(rates).toEqual([]);
});

test('a wrong item rate is measured against the item’s budget in 公开07表', () => {
  const wrong = text.replace(VEHICLE, '$150%');
  const found = lintNarrative(wrong, { disclosure: d }).findings.filter((f) => f.rule === 'completion-rate');
  expect(found).toHaveLength(1);
  expect(found[0].severity).toBe('error');
  expect(found[0].quote).toContain('50%');
  expect(found[0].message).toContain('应为 100%');
  expect(found[0].message).toContain('公开07表!F8');
});
