/**
 * What a reviewer rejects at a glance, on the sample workbooks in both profiles, with the workbook's 补充信息 and with
 * none at all (every input a gap): doubled punctuation, a placeholder inside another, the old “增减变动（待填写…）”
 * wording, a sentence lost because its input is missing; and a section whose table is missing says so.
 */
import { join } from 'path';
import { analyseGrid } from '../../../src/core/engine';
import type { Disclosure, TableId } from '../../../src/core/model/types';
import { draftNarrative, sectionParagraphs } from '../../../src/core/narrative/draft';
import { isPlaceholder, paragraphText } from '../../../src/core/narrative/types';
import { readGridFromFile } from '../../../src/io/xlsx';

const SAMPLES = ['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'];
const PROFILES = ['hunan-2021', 'shanghai-2024'] as const;

async function disclosureOf(file: string): Promise<Disclosure> {
  return analyseGrid(await readGridFromFile(join(__dirname, '../../../samples', file))).disclosure;
}

const withoutSupp = (d: Disclosure): Disclosure => ({ ...d, supplementary: undefined });
const withoutTable = (d: Disclosure, id: TableId): Disclosure => {
  const tables = { ...d.tables };
  delete tables[id];
  return { ...d, tables };
};

describe.each(SAMPLES)('%s', (file) => {
  describe.each(PROFILES)('%s', (profile) => {
    test.each([
      ['its 补充信息', false],
      ['no 补充信息', true],
    ])('with %s: no doubled punctuation, no nested or key-like placeholder', async (_n, bare) => {
      const d = await disclosureOf(file);
      const draft = draftNarrative(bare ? withoutSupp(d) : d, { profile });
      const text = draft.paragraphs.map(paragraphText).join('\n');
      expect(text).not.toMatch(/[。，；：、]{2}|。）|，。/);
      expect(text).not.toMatch(/【[^】]*【/);
      expect(text).not.toMatch(/待填写/);
      for (const p of draft.paragraphs)
        for (const r of p.runs) if (isPlaceholder(r)) expect(r.text).toMatch(/^【[^【】a-z]+】$/);
      // Every placeholder of the list is shown in the text, in words.
      for (const ph of draft.placeholders) expect(text).toContain(ph.text);
    });
  });
});

describe('an item without 年初预算 keeps its 决算 vs 预算 sentence', () => {
  test.each(PROFILES)('%s', async (profile) => {
    const d = withoutSupp(await disclosureOf('heshan-zfb-2021.xlsx'));
    const item = sectionParagraphs(draftNarrative(d, { profile }), 'general.detail').find((p) => p.role === 'item')!;
    const text = paragraphText(item);
    expect(text).toMatch(/决算数【大于\/小于】(?:年初)?预算数的主要原因(?:是)?：【请填写主要原因】。$/);
    if (profile === 'hunan-2021') expect(text).toContain('完成年初预算的【请填写】%');
  });
});

describe('a missing table makes its section say so and keeps the template sentence', () => {
  test.each(PROFILES)('%s: 公开03表 missing', async (profile) => {
    const d = withoutTable(await disclosureOf('heshan-zfb-2021.xlsx'), 'T03');
    const draft = draftNarrative(d, { profile });
    const [, note, body] = sectionParagraphs(draft, 'expense').map(paragraphText);
    expect(note).toBe('【工作簿中未找到公开03表“支出决算表”，请补充此表后重新生成本部分】');
    expect(body).toMatch(
      /支出合计1344\.01万元，其中：基本支出【缺少：支出决算表 合计行 基本支出】万元；项目支出【缺少：/,
    );
    expect(draft.placeholders.some((p) => p.key === 'table.T03')).toBe(true);
  });

  test('公开08表 missing: no “无政府性基金…” claim the workbook cannot back, the section says the table is missing', async () => {
    const d = withoutTable(withoutTable(await disclosureOf('heshan-zfb-2021.xlsx'), 'T08'), 'T04');
    const text = sectionParagraphs(draftNarrative(d, { profile: 'shanghai-2024' }), 'fund')
      .map(paragraphText)
      .join('\n');
    expect(text).toContain('【工作簿中未找到公开08表“政府性基金预算财政拨款收入支出决算表”');
    expect(text).not.toMatch(/无政府性基金/);
  });

  test('no note when the table is there', async () => {
    const draft = draftNarrative(await disclosureOf('heshan-zfb-2021.xlsx'));
    expect(draft.paragraphs.map(paragraphText).join('\n')).not.toContain('工作簿中未找到');
  });
});
