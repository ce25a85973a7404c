import { draftNarrative, partThreeTitle } from '../../../src/core/narrative/draft';
import { glossary } from '../../../src/core/narrative/glossary';
import { renderMarkdown, renderText } from '../../../src/core/narrative/render-text';
import { narrativeSheetPlan } from '../../../src/core/narrative/sheet-plan';
import { paragraphText } from '../../../src/core/narrative/types';
import { seed000, seed004 } from './fixtures';

describe('renderText / renderMarkdown', () => {
  const draft = draftNarrative(seed004());
  test('text: every paragraph on its own line, in order', () => {
    const lines = renderText(draft)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines[0]).toBe('第三部分 2021年度部门决算情况说明');
    expect(lines.slice(1)).toEqual(draft.paragraphs.map(paragraphText));
  });
  test('markdown: headings; the gaps in words only when asked for, never as keys', () => {
    const md = renderMarkdown(draft);
    expect(md).toContain('## 一、收入支出决算总体情况说明');
    expect(md).toContain('### （一）一般公共预算财政拨款支出决算总体情况');
    expect(md).not.toContain('待填写事项');
    const withGaps = renderMarkdown(draft, { gaps: true });
    expect(withGaps).toContain('## 待填写事项');
    expect(withGaps).toMatch(/\d+\. 十四、预算绩效情况说明：绩效自评项目个数/);
    expect(withGaps).not.toContain('performance.projects');
  });
});

describe('narrativeSheetPlan', () => {
  const draft = draftNarrative(seed000());
  test('creates 情况说明 (wrapped column A), a title row, then one paragraph per row with its section id', () => {
    const plan = narrativeSheetPlan(draft);
    expect(plan.createSheets).toEqual([{ name: '情况说明', visibility: 'visible', widths: [120, 18], wrap: [1] }]);
    const colA = plan.edits.filter((e) => e.ref.col === 1);
    expect(colA).toHaveLength(draft.paragraphs.length + 1);
    expect(colA[0]).toMatchObject({ ref: { sheet: '情况说明', row: 1, col: 1 }, value: partThreeTitle(draft) });
    expect(colA[1]).toMatchObject({
      ref: { sheet: '情况说明', row: 2, col: 1 },
      value: '一、收入支出决算总体情况说明',
    });
    expect(plan.edits.find((e) => e.ref.row === 3 && e.ref.col === 2)?.value).toBe('overall');
  });
  test('an existing, longer sheet: no create, leftover rows blanked', () => {
    const n = draft.paragraphs.length;
    const plan = narrativeSheetPlan(draft, { exists: true, previousRows: n + 4 });
    expect(plan.createSheets).toEqual([]);
    const blanks = plan.edits.filter((e) => e.ref.row > n + 1);
    expect(blanks).toHaveLength(6);
    expect(blanks.every((e) => e.value === null)).toBe(true);
  });
});

describe('glossary (第四部分)', () => {
  test('hunan: only terms for items that occur', () => {
    const terms = glossary(seed000()).map((e) => e.term);
    expect(terms).toEqual(
      expect.arrayContaining([
        '财政拨款收入',
        '上年结转和结余',
        '年末结转和结余资金',
        '基本支出',
        '“三公”经费',
        '基本工资',
        '办公设备购置',
        '机关运行经费',
      ]),
    );
    expect(terms).not.toContain('项目支出');
    expect(terms).not.toContain('结余分配');
    expect(terms).not.toContain('退休费'); // 30302 is blank in seed 000's 公开06表
    expect(glossary(seed004()).map((e) => e.term)).toContain('退休费');
    expect(glossary(seed004()).map((e) => e.term)).not.toContain('年末结转和结余资金'); // 0 at year end
  });
  test('shanghai: the template texts, 事业收入 kept as the template asks', () => {
    const g = glossary(seed000(), 'shanghai-2024');
    expect(g[0]).toEqual({
      term: '财政拨款收入',
      text: '指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。',
    });
    expect(g.map((e) => e.term)).toContain('事业收入');
    expect(g.map((e) => e.term)).not.toContain('经营支出');
  });
});
