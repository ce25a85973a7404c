/**
 * The document as data (src/core/document), on the sample workbooks: part order per profile, a missing table printed
 * as a visible gap, an empty 公开08/09表 with the statement the template asks for, the list of gaps only on request and
 * in words, and never an internal key.
 */
import { join } from 'path';
import { buildDocument, documentLines } from '../../../src/core/document/build';
import type { DocBlock, PrintedTable } from '../../../src/core/document/types';
import { analyseGrid } from '../../../src/core/engine';
import type { Disclosure, ProfileId } from '../../../src/core/model/types';
import { draftNarrative } from '../../../src/core/narrative/draft';
import { readGridFromFile } from '../../../src/io/xlsx';

let zfb: Disclosure;
beforeAll(async () => {
  zfb = analyseGrid(await readGridFromFile(join(__dirname, '../../../samples/heshan-zfb-2021.xlsx'))).disclosure;
});

const build = (d: Disclosure, profile: ProfileId, opts = {}) => buildDocument(d, draftNarrative(d, { profile }), opts);
const tablesOf = (blocks: DocBlock[]): PrintedTable[] => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));

test.each(['hunan-2021', 'shanghai-2024'] as const)('%s: parts in order, nine tables, no internal key', (profile) => {
  const doc = build(zfb, profile);
  const blocks = doc.sections.flatMap((s) => s.blocks);
  const parts = blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text.slice(0, 4)] : []));
  expect(parts).toEqual([
    '第一部分',
    '第二部分',
    '第三部分',
    '第四部分',
    ...(profile === 'hunan-2021' ? ['第五部分'] : []),
  ]);
  expect(tablesOf(blocks).map((t) => t.tag)).toEqual(Array.from({ length: 9 }, (_, i) => `公开0${i + 1}表`));
  expect(documentLines(doc).join('\n')).not.toMatch(/[a-z]+\.[a-zA-Z]+/);
  // The cover and the 目录 have no page numbers; every other section has.
  expect(doc.sections.map((s) => s.pageNumbers)).toEqual([false, false, ...doc.sections.slice(2).map(() => true)]);
});

test('a table the workbook does not have is printed as a visible gap under its title', () => {
  const tables = { ...zfb.tables };
  delete tables.T03;
  const t03 = tablesOf(build({ ...zfb, tables }, 'hunan-2021').sections.flatMap((s) => s.blocks))[2];
  expect(t03.title).toBe('支出决算表');
  expect(t03.body).toEqual([
    [{ text: '【工作簿中未找到公开03表“支出决算表”，请补充此表】', align: 'center', gap: true }],
  ]);
});

test('an empty 公开08表 keeps its layout and says why it has no data (Shanghai template wording)', () => {
  const t08 = tablesOf(build(zfb, 'shanghai-2024').sections.flatMap((s) => s.blocks))[7];
  expect(t08.header[0].map((c) => c.text)).toEqual([
    '项目',
    '年初结转和结余',
    '本年收入',
    '本年支出',
    '年末结转和结余',
  ]);
  expect(t08.notes.map((n) => n.map((r) => r.text).join(''))).toEqual([
    '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
    '说明：益阳市赫山区人民政府办公室本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。',
  ]);
});

test('the list of gaps only on request, in words', () => {
  const without = documentLines(build(zfb, 'shanghai-2024'));
  expect(without).not.toContain('待填写事项');
  const withList = documentLines(build(zfb, 'shanghai-2024', { placeholderList: true }));
  const k = withList.indexOf('待填写事项');
  expect(k).toBeGreaterThan(0);
  expect(withList[k + 1]).toBe('1、一、收入支出决算总体情况说明：上年收入支出总计');
});
