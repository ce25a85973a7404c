import { normalise, originalSpan } from '../../../src/core/lint/normalize';
import { findPartThree, splitSections, chineseNumber, toChineseNumber } from '../../../src/core/lint/structure';
import { readFileSync } from 'fs';
import { join } from 'path';

describe('normalise', () => {
  test('full-width digits, ％ and ． become ASCII; Chinese punctuation stays full-width', () => {
    expect(normalise('２０２１年度收入１２１７．９２万元，占９８．６８％。').text).toBe(
      '2021年度收入1217.92万元，占98.68%。',
    );
  });
  test('drops the spaces PDF extraction puts between Chinese and digits, keeps one between ASCII words', () => {
    expect(normalise('2021 年度收入 1217.92 万元，占 0 %').text).toBe('2021年度收入1217.92万元，占0%');
    expect(normalise('Word 2016 版').text).toBe('Word 2016版');
  });
  test('half-width brackets and punctuation in Chinese text become full-width; number punctuation stays', () => {
    expect(normalise('与2020年度收入(246.08万元)相比,减少1,234.56万元;').text).toBe(
      '与2020年度收入（246.08万元）相比，减少1,234.56万元；',
    );
  });
  test('joins lines wrapped mid-sentence (also across blank lines), keeps headings and items apart', () => {
    const t = normalise(
      '三、支出决算情况说明\n\n上缴上级支出 0 万元，\n\n占 0%；经营支出 0 万元。\n1、第一项\n说明。',
    ).text;
    expect(t).toBe('三、支出决算情况说明\n上缴上级支出0万元，占0%；经营支出0万元。\n1、第一项说明。');
  });
  test('drops Markdown heading, emphasis and bullet marks', () => {
    expect(normalise('## **一、收入支出决算总体情况说明**\n- 二、收入').text).toBe(
      '一、收入支出决算总体情况说明\n二、收入',
    );
  });
  test('maps every character back to the original, so quotes are exact', () => {
    const input = '## **一、总体**\n2021 年度收入 1217.92 万元，\r\n减少 96.85 万元';
    const n = normalise(input);
    expect(n.map).toHaveLength(n.text.length + 1);
    const at = n.text.indexOf('1217.92万元');
    const span = originalSpan(input, n, at, at + '1217.92万元'.length);
    expect(span.quote).toBe('1217.92 万元');
    expect(input.slice(span.offset, span.offset + span.quote.length)).toBe(span.quote);
    const wrap = n.text.indexOf('，减少');
    expect(originalSpan(input, n, wrap, wrap + 3).quote).toBe('，\r\n减少');
  });
  test('empty input', () => {
    expect(normalise('')).toEqual({ text: '', map: [0] });
  });
});

describe('structure', () => {
  const seed = readFileSync(join(__dirname, '../../fixtures/lint/seed-000-heshan-zfb-2021.txt'), 'utf8');
  test('finds the body of part 三, not its 目录 entry, and stops at part 四', () => {
    const n = normalise(seed);
    const span = findPartThree(n.text);
    const body = n.text.slice(span.start, span.end);
    expect(body.startsWith('第三部分')).toBe(true);
    expect(body).toContain('2021年度收入1217.92万元');
    expect(body).not.toContain('名词解释');
    expect(body).not.toContain('部门整体支出绩效评价报告');
  });
  test('splits sections 一 … 十四 with their kinds, sub-sections and items', () => {
    const n = normalise(seed);
    const { paragraphs, markers } = splitSections(n.text, findPartThree(n.text));
    const sections = markers.filter((m) => m.level === 'section').map((m) => m.number);
    expect(sections).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const items = markers.filter((m) => m.level === 'item' && m.section === '五').map((m) => m.number);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 6]);
    const p = paragraphs.find((x) => x.text.startsWith('年初预算为695.13万元'))!;
    expect(p).toMatchObject({ section: '五', sectionKind: 'general', sub: '（三）' });
    expect(p.itemTitle).toContain('行政运行');
    expect(paragraphs.find((x) => x.text.includes('公务接待费支出预算为23.00'))!.sectionKind).toBe('threePublic');
  });
  test('Shanghai template: the body of part 三 with its eleven sections', () => {
    const t = normalise(readFileSync(join(__dirname, '../../fixtures/lint/shanghai-2024-template.txt'), 'utf8')).text;
    const { markers } = splitSections(t, findPartThree(t));
    expect(markers.filter((m) => m.level === 'section').map((m) => m.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(markers.find((m) => m.number === 11 && m.level === 'section')!.title).toContain('其他重要事项');
  });
  test('no 第三部分: the whole text is part 三', () => {
    expect(findPartThree('一、收入\n正文')).toEqual({ start: 0, end: 7 });
  });
  test('Chinese numbers', () => {
    expect(['一', '十', '十四', '二十', '二十一'].map(chineseNumber)).toEqual([1, 10, 14, 20, 21]);
    expect([1, 10, 14, 20, 21].map(toChineseNumber)).toEqual(['一', '十', '十四', '二十', '二十一']);
  });
});
