import { join } from 'path';
import { analyseGrid } from '../../../src/core/engine';
import { lintNarrative } from '../../../src/core/lint';
import type { Disclosure } from '../../../src/core/model/types';
import { draftNarrative } from '../../../src/core/narrative/draft';
import { fullDisclosureDocx } from '../../../src/io/docx';
import { readDocxText } from '../../../src/io/docx-text';
import { readGridFromFile } from '../../../src/io/xlsx';

/**
 * Issue 16, capability 10: numbering and template leftovers are checked over the WHOLE document — parts 一, 二,
 * 四 and 五 (附件) as well as part 三 — on the tool's own full .docx (as `draft --full` writes it), read back as a
 * reviewer would lint it. The tables of part 二 restart their own lists (“一、一般公共预算财政拨款收入” under
 * “一、收入支出决算总表”) and the 目录 lists the parts before the body: neither is a numbering fault.
 */
const STRUCTURE = ['numbering', 'template-leftover', 'punctuation', 'percent-sign'];
const ATTACHMENT =
  '部门整体支出绩效自评表\n一、基本情况\n二、绩效目标完成情况\n（一）产出指标\n（二）效益指标\n三、存在问题';

let d: Disclosure;
beforeAll(async () => {
  d = analyseGrid(await readGridFromFile(join(__dirname, '../../../samples/heshan-zfb-2021.xlsx'))).disclosure;
});

async function fullText(profile: 'hunan-2021' | 'shanghai-2024', attachment: string): Promise<string> {
  const docx = await fullDisclosureDocx(d, draftNarrative(d, { profile }), { attachment });
  return readDocxText(Buffer.from(docx));
}

const structural = (text: string) =>
  lintNarrative(text, { disclosure: d })
    .findings.filter((f) => STRUCTURE.includes(f.rule))
    .map((f) => `${f.place} ${f.rule} ${f.severity} “${f.quote}”`);

describe.each(['hunan-2021', 'shanghai-2024'] as const)('the full .docx, %s, with a numbered 附件', (profile) => {
  let text: string;
  beforeAll(async () => {
    text = await fullText(profile, ATTACHMENT);
  });

  test('no numbering or structure finding on the tool’s own document', () => {
    expect(text).toContain('第五部分');
    expect(text).toContain('（二）效益指标');
    expect(structural(text)).toEqual([]);
  });

  test('with the numbered list of gaps at the end (draft --full --gaps): still no numbering finding', async () => {
    const docx = await fullDisclosureDocx(d, draftNarrative(d, { profile }), {
      attachment: ATTACHMENT,
      placeholderList: true,
    });
    const withGaps = await readDocxText(Buffer.from(docx));
    expect(withGaps).toMatch(/\n1、/);
    expect(structural(withGaps)).toEqual([]);
  });

  test('a repeated number in 第五部分 附件 is reported there, with the right number', () => {
    const bad = text.replace('三、存在问题', '二、存在问题');
    const f = lintNarrative(bad, { disclosure: d }).findings.filter((x) => x.rule === 'numbering');
    expect(f.map((x) => [x.place, x.severity, x.quote, x.suggestion])).toEqual([['第五部分', 'error', '二、', '三、']]);
  });

  test('a skipped sub-section number in 第五部分 and a skipped section in 第一部分 are reported', () => {
    const bad = text
      .replace('（二）效益指标', '（三）效益指标')
      .replace(/\n二、(机构设置|部门决算单位构成)/, '\n三、$1');
    const f = lintNarrative(bad, { disclosure: d }).findings.filter((x) => x.rule === 'numbering');
    expect(f.map((x) => [x.place, x.quote, x.suggestion])).toEqual([
      ['第一部分', '三、', '二、'],
      ['第五部分', '（三）', '（二）'],
    ]);
  });

  test('template leftovers and doubled punctuation in 第五部分 are reported there', () => {
    const bad = text.replace('三、存在问题', '三、存在问题：XX项目进度偏慢。。');
    const f = structural(bad);
    expect(f).toEqual(['第五部分 template-leftover error “XX”', '第五部分 punctuation warning “。。”']);
  });
});

test('part 三 alone keeps its own numbering check (no part headings needed)', () => {
  const text = '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n1、甲。\n2、乙。\n2、丙。';
  const f = lintNarrative(text).findings.filter((x) => x.rule === 'numbering');
  expect(f.map((x) => [x.place, x.quote])).toEqual([['五、（三）', '2、']]);
});
