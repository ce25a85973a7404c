/**
 * Sentence by sentence, the Shanghai 2024 draft against the template's 第三部分 (shared/templates): every template
 * sentence of every section is in the draft of a real workbook (samples/*.xlsx drafted in the Shanghai profile) —
 * with the workbook's own 补充信息 (so many inputs are visible gaps) and with every 补充信息 line filled in — or, for a
 * section the template lets a unit replace (“无…的部门，作下述说明”), its replacement sentence.
 */
import { join } from 'path';
import { Dec } from '../../../src/core/decimal/dec';
import { analyseGrid } from '../../../src/core/engine';
import { makeFigure } from '../../../src/core/model/figure';
import type { Disclosure, SuppEntry } from '../../../src/core/model/types';
import { draftNarrative } from '../../../src/core/narrative/draft';
import { paragraphText, type Draft } from '../../../src/core/narrative/types';
import { SUPP_FIELDS } from '../../../src/core/supplementary/schema';
import { readGridFromFile } from '../../../src/io/xlsx';
import { sentences, templateSections, type TemplateSection, type TemplateSentence } from './template-sentences';

const SAMPLES = ['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'];

async function disclosureOf(file: string): Promise<Disclosure> {
  return analyseGrid(await readGridFromFile(join(__dirname, '../../../samples', file))).disclosure;
}

/** Every 补充信息 line the workbook leaves empty, filled with a distinct value (amounts differ from any table figure). */
function filled(d: Disclosure): Disclosure {
  const entries: Record<string, SuppEntry> = { ...(d.supplementary?.entries ?? {}) };
  const cell = { sheet: '补充信息', row: 1, col: 4 };
  SUPP_FIELDS.forEach((f, i) => {
    if (entries[f.key]) return;
    const base = { key: f.key, label: f.label, kind: f.kind, cell: { ...cell, row: i + 2 } };
    if (f.kind === 'text') entries[f.key] = { ...base, text: `${f.label}的说明` };
    else if (f.kind === 'amount')
      entries[f.key] = { ...base, figure: makeFigure(Dec.parse(`${i + 1}.37`)!, { cell: { ...cell, row: i + 2 } }) };
    else entries[f.key] = { ...base, number: Dec.parse(String(i + 1))! };
  });
  return { ...d, supplementary: { sheet: '补充信息', ...d.supplementary, entries } };
}

function draftSentences(draft: Draft, id: string): string[] {
  return draft.paragraphs
    .filter((p) => p.section === id && p.role !== 'heading' && p.role !== 'subheading')
    .flatMap((p) => sentences(paragraphText(p)));
}

/** Template sentences of a section that no draft sentence matches (none when its replacement matches instead). */
function unmatched(draft: Draft, s: TemplateSection): string[] {
  const got = draftSentences(draft, s.id);
  const all = got.join('。');
  const missing = (list: readonly TemplateSentence[]) =>
    list.filter((t) => !got.some((g) => t.pattern.test(g)) && !(t.unless && t.unless.test(all))).map((t) => t.text);
  const main = missing(s.sentences);
  if (main.length && s.none && missing(s.none).length === 0) return [];
  return main;
}

describe('Shanghai 2024 draft, sentence by sentence against the template 第三部分', () => {
  const sections = templateSections();

  test('the template is read into sections of sentences', () => {
    expect(sections.map((s) => s.id)).toEqual([
      'overall',
      'income',
      'expense',
      'fiscal',
      'general',
      'general.overall',
      'general.structure',
      'general.detail',
      'basic',
      'threePublic',
      'threePublic.overall',
      'threePublic.detail',
      'fund',
      'soe',
      'performance',
      'other',
      'operatingCost',
      'procurement',
      'assets',
    ]);
    const count = sections.reduce((n, s) => n + s.sentences.length, 0);
    expect(count).toBeGreaterThan(40);
  });

  describe.each(SAMPLES)('%s', (file) => {
    test.each([
      ['its own 补充信息', false],
      ['every 补充信息 line filled', true],
    ])('with %s: every template sentence is drafted', async (_name, fill) => {
      const d = await disclosureOf(file);
      const draft = draftNarrative(fill ? filled(d) : d, { profile: 'shanghai-2024' });
      const report = sections.map((s) => ({ id: s.id, missing: unmatched(draft, s) })).filter((r) => r.missing.length);
      expect(report).toEqual([]);
      // Years as the template writes them (2021年度, 与2020年度相比), never 本年度/上年度 in the drafted wording
      // (a reason typed in 补充信息 may say “较上年度”).
      const text = draft.paragraphs.map(paragraphText).join('\n');
      expect(text).toMatch(/与2020年度相比/);
      expect(text).not.toMatch(/(?:与|比)上年度|本年度(?:收入|财政|“三公”|预算绩效|政府采购|无)/);
    });
  });
});
