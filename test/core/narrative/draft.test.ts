import { Dec } from '../../../src/core/decimal/dec';
import { draftNarrative, sectionParagraphs } from '../../../src/core/narrative/draft';
import { draftTokens, isPlaceholder, paragraphText, type Token } from '../../../src/core/narrative/types';
import { PROFILES } from '../../../src/core/profiles/profiles';
import type { Disclosure, Figure } from '../../../src/core/model/types';
import { refToString } from '../../../src/core/grid/grid';
import { buildDisclosure, seed000, seed004 } from './fixtures';

const headings = (d: ReturnType<typeof draftNarrative>) =>
  d.paragraphs.filter((p) => p.role === 'heading' || p.role === 'subheading').map(paragraphText);

describe.each(['hunan-2021', 'shanghai-2024'] as const)('profile %s', (profile) => {
  const draft = draftNarrative(seed000(), { profile });
  test('every section and sub-section of the profile, in order, numbered by the generator', () => {
    const expected = PROFILES[profile].sections.flatMap((s, i) => [
      `${'一二三四五六七八九十'[i] ?? ''}`,
      ...(s.subsections ?? []).map((x) => x.title),
    ]);
    const got = headings(draft);
    expect(got.length).toBe(expected.length);
    const tops = draft.paragraphs.filter((p) => p.role === 'heading');
    expect(tops.map((p) => p.section)).toEqual(PROFILES[profile].sections.map((s) => s.id));
    expect(tops[0].number).toBe('一、');
    expect(tops[tops.length - 1].number).toBe(profile === 'hunan-2021' ? '十四、' : '十一、');
    const subs = draft.paragraphs.filter((p) => p.role === 'subheading' && p.section.startsWith('general.'));
    expect(subs.map((p) => p.number)).toEqual(['（一）', '（二）', '（三）']);
  });
  test('every section has a body', () => {
    const ids = PROFILES[profile].sections.flatMap((s) => (s.subsections ? s.subsections.map((x) => x.id) : [s.id]));
    for (const id of ids)
      expect(draft.paragraphs.some((p) => p.section === id && p.role !== 'heading' && p.role !== 'subheading')).toBe(
        true,
      );
  });
  test('items are numbered 1、2、… within their sub-section', () => {
    const items = draft.paragraphs.filter((p) => p.section === 'general.detail' && p.role === 'item');
    expect(items.map((p) => p.number)).toEqual(['1、', '2、', '3、', '4、', '5、', '6、', '7、']);
  });
  test('every token recomputes from its operands and names real cells', () => {
    const tokens = draftTokens(draft.paragraphs);
    expect(tokens.length).toBeGreaterThan(60);
    for (const t of tokens) {
      expect(t.sources.length).toBeGreaterThan(0);
      expect(recompute(t).eq(t.value)).toBe(true);
      if (t.unit === '万元') expect(t.text).toBe(t.value.toFixed(2));
    }
    const cells = new Set(tokens.flatMap((t) => t.sources.map(refToString)));
    if (profile === 'hunan-2021') {
      expect(cells).toContain('公开01表!C13'); // 本年收入合计 (9th item of 公开01表 in the fixture, row 5 + 8)
      expect(cells).toContain('补充信息!C5'); // 上年收入合计
    } else expect(cells).toContain('公开01表!C16'); // 收入总计 (12th item)
  });
});

/** Recomputes a token from its calc: the test's own arithmetic, independent of phrasing.ts. */
function recompute(t: Token): Dec {
  const [a, b] = t.calc.of.map((o) => o.value);
  const pct = (n: Dec, d: Dec) => (n.isZero() ? Dec.ZERO : n.eq(d) ? Dec.HUNDRED : n.mul(Dec.HUNDRED).div(d, 2));
  switch (t.calc.op) {
    case 'cell':
      return a;
    case 'sum':
      return Dec.sum(t.calc.of.map((o) => o.value));
    case 'diff':
      return a.sub(b).abs();
    case 'growth':
      return pct(a.sub(b).abs(), b.abs());
    case 'share':
    case 'ratio':
      return pct(a, b);
  }
}

describe('shanghai-2024 wording', () => {
  const d = draftNarrative(seed000(), { profile: 'shanghai-2024' });
  const text = (id: string) => sectionParagraphs(d, id).map(paragraphText).join('\n');
  test('no fund: the template sentence with the unit and year', () => {
    expect(text('fund')).toContain('益阳市赫山区人民政府办公室2021年度无政府性基金预算财政拨款收入和支出。');
    expect(text('soe')).toContain('益阳市赫山区人民政府办公室2021年度无国有资本经营预算财政拨款收入和支出。');
  });
  test('一 and 四 use 收入支出总计; a missing prior total is a listed placeholder', () => {
    expect(text('overall')).toContain(
      '益阳市赫山区人民政府办公室2021年度收入支出总计1456.65万元。与2020年度相比，收入支出总计',
    );
    expect(d.placeholders.some((p) => p.section === 'overall' && p.key === 'prior.grand')).toBe(true);
  });
  test('五（三） items give 主要用途 (placeholder) and no 完成率 per item', () => {
    const items = sectionParagraphs(d, 'general.detail')
      .filter((p) => p.role === 'item')
      .map(paragraphText);
    expect(items[0]).toMatch(
      /^1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：【请填写主要用途】。年初预算为695\.13万元，支出决算为886\.56万元。决算数大于预算数的主要原因：/,
    );
    expect(items[3]).toContain('决算数与预算数持平');
  });
  test('七 gives 三公 year-on-year for the total and each item', () => {
    expect(text('threePublic.overall')).toContain(
      '2021年度“三公”经费财政拨款支出决算数比2020年度减少1.76万元，下降17.90%',
    );
  });
  test('其他重要事项 holds 机关运行经费, 政府采购, 国有资产 as （一）（二）（三）', () => {
    const subs = d.paragraphs.filter((p) => p.role === 'subheading').slice(-3);
    expect(subs.map((p) => `${p.number}${p.section}`)).toEqual([
      '（一）operatingCost',
      '（二）procurement',
      '（三）assets',
    ]);
    expect(text('operatingCost')).toContain(
      '机关运行经费支出599.34万元，比2020年度增加140.38万元，增长30.59%。主要原因是较上年度年中临时性工作开展较多。',
    );
  });
});

describe('missing inputs stay visible', () => {
  const bare = (): Disclosure => {
    const d = seed004();
    const entries = { ...d.supplementary!.entries };
    delete entries['reason.income'];
    delete entries['prior.expense.total'];
    return { ...d, supplementary: { ...d.supplementary!, entries } };
  };
  test('a missing reason is 【请填写主要原因】 and listed with its key', () => {
    const d = draftNarrative(bare());
    const overall = sectionParagraphs(d, 'overall').map(paragraphText).join('');
    expect(overall).toContain('下降39.36%，主要原因是：【请填写主要原因】');
    expect(d.placeholders).toContainEqual(expect.objectContaining({ section: 'overall', key: 'reason.income' }));
  });
  test('a missing prior figure: no change is computed and the key is listed', () => {
    const d = draftNarrative(bare());
    const p = sectionParagraphs(d, 'overall')[2];
    expect(paragraphText(p)).toContain('与2020年度支出【请填写：上年支出合计（本年支出）】万元相比');
    expect(p.runs.filter(isPlaceholder).map((r) => r.key)).toContain('prior.expense.total');
    expect(paragraphText(p)).not.toContain('87.32');
  });
  test('a missing table is named, never zero', () => {
    const d = seed004();
    const { T07: _gone, ...tables } = d.tables;
    const draft = draftNarrative({ ...d, tables });
    const t = sectionParagraphs(draft, 'threePublic').map(paragraphText).join('');
    expect(t).toContain('【缺少：一般公共预算财政拨款“三公”经费支出决算表 合计预算数】');
    expect(draftTokens(sectionParagraphs(draft, 'threePublic')).every((x) => x.unit !== '%')).toBe(true);
  });
});

describe('special cases', () => {
  test('prior 0: increase without percentage (上年无此项支出)', () => {
    const d = seed004();
    const entries = { ...d.supplementary!.entries };
    entries['prior.general.expense'] = {
      ...entries['prior.general.expense'],
      figure: zero(entries['prior.general.expense'].figure!),
    };
    const t = sectionParagraphs(
      draftNarrative({ ...d, supplementary: { ...d.supplementary!, entries } }),
      'general.overall',
    )
      .map(paragraphText)
      .join('');
    expect(t).toContain('增加189.68万元（上年无此项支出）');
  });
  test('a unit with fund income lists its 项 and says nothing of "无"', () => {
    const d = buildDisclosure(
      {
        T08: {
          totalRow: {
            carryIn: null,
            income: '10.00',
            expTotal: '8.00',
            expBasic: null,
            expProject: '8.00',
            carryOut: '2.00',
          },
          rows: [
            ['229', '其他支出', { expTotal: '8.00' }],
            ['22960', '彩票公益金安排的支出', { expTotal: '8.00' }],
            ['2296002', '用于社会福利的彩票公益金支出', { expTotal: '8.00' }],
          ],
        },
      },
      { 'budget.subject.2296002': '10.00' },
      { year: 2024, unitName: '上海市XX局' },
    );
    for (const profile of ['hunan-2021', 'shanghai-2024'] as const) {
      const t = sectionParagraphs(draftNarrative(d, { profile }), 'fund').map(paragraphText).join('\n');
      expect(t).not.toContain('无政府性基金');
      expect(t).toContain('用于社会福利的彩票公益金支出（项）');
      expect(t).toContain('年初预算为10.00万元，支出决算为8.00万元');
    }
  });
  test('largest-remainder option makes the 类 shares total 100.00%', () => {
    const d = draftNarrative(seed004(), { shareRounding: 'largest-remainder' });
    const shares = draftTokens(sectionParagraphs(d, 'general.structure')).filter((t) => t.calc.op === 'share');
    expect(Dec.sum(shares.map((s) => s.value)).toFixed(2)).toBe('100.00');
  });
});

function zero(f: Figure): Figure {
  return { ...f, value: Dec.ZERO, text: '0.00' };
}

describe('a workbook that gives its year nowhere (no title, no 补充信息 决算年度)', () => {
  test.each(['hunan-2021', 'shanghai-2024'] as const)(
    '%s: the year is a placeholder to fill, listed once under 决算年度, never “本年度”/“上年度”',
    (profile) => {
      const d = seed000();
      const entries = { ...(d.supplementary?.entries ?? {}) };
      delete entries['unit.year'];
      const noYear: Disclosure = { ...d, year: undefined, supplementary: { ...d.supplementary!, entries } };
      const draft = draftNarrative(noYear, { profile });
      const text = draft.paragraphs.map(paragraphText).join('\n');
      expect(text).toContain('【请填写：决算年度（如2024年度）】');
      expect(text).not.toMatch(/本年度(?:收入|支出|财政|“三公”|无)|(?:与|比)上年度/);
      expect(draft.placeholders.filter((p) => p.key === 'unit.year').length).toBeGreaterThan(0);
      expect(new Set(draft.placeholders.filter((p) => p.key === 'unit.year').map((p) => p.label))).toEqual(
        new Set(['决算年度']),
      );
    },
  );
});
