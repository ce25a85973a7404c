import JSZip from 'jszip';
import { draftNarrative } from '../../src/core/narrative/draft';
import { fullDisclosureDocx, narrativeDocx } from '../../src/io/docx';
import { seed000, seed004 } from '../core/narrative/fixtures';

/** Text of each paragraph of word/document.xml (w:t runs joined). */
async function paragraphs(buf: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
  );
}

describe('narrativeDocx', () => {
  test('headings, numbered items and figures of part 三; the list of gaps only when asked for, in words', async () => {
    const d = seed004();
    const entries = { ...d.supplementary!.entries };
    delete entries['reason.income'];
    const draft = draftNarrative({ ...d, supplementary: { ...d.supplementary!, entries } });
    const ps = await paragraphs(await narrativeDocx(draft, { placeholderList: true }));
    expect(await paragraphs(await narrativeDocx(draft))).not.toContain('待填写事项');
    expect(ps[0]).toBe('第三部分 2021年度部门决算情况说明');
    expect(ps).toContain('一、收入支出决算总体情况说明');
    expect(ps).toContain('十四、预算绩效情况说明');
    expect(ps).toContain('（三）一般公共预算财政拨款支出决算具体情况');
    expect(ps.find((p) => p.startsWith('2021年度收入149.23万元'))).toContain(
      '减少96.85万元，下降39.36%，主要原因是：【请填写主要原因】',
    );
    expect(
      ps.some((p) =>
        p.startsWith(
          '1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为111.46万元',
        ),
      ),
    ).toBe(true);
    // the closing list says what is left to fill, in words, never as a 补充信息 key
    const i = ps.indexOf('待填写事项');
    expect(i).toBeGreaterThan(0);
    expect(ps.slice(i)).toContain('1、一、收入支出决算总体情况说明：收入较上年变动的主要原因');
    expect(ps.join('\n')).not.toMatch(/reason\.income|[a-z]+\.[a-z]+/);
  });

  test('placeholders are highlighted', async () => {
    const zip = await JSZip.loadAsync(await narrativeDocx(draftNarrative(seed004())));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]*?【请填写：绩效自评项目个数】/);
  });
});

describe('fullDisclosureDocx', () => {
  test('parts 一 to 五 with the nine tables rendered from the models', async () => {
    const d = seed000();
    const draft = draftNarrative(d);
    const ps = await paragraphs(
      await fullDisclosureDocx(d, draft, { attachment: '2021年度部门整体支出绩效评价报告\n自评综合得分93分' }),
    );
    for (const h of [
      '第一部分 益阳市赫山区人民政府办公室单位概况',
      '第二部分 2021年度部门决算表',
      '第三部分 2021年度部门决算情况说明',
      '第四部分 名词解释',
      '第五部分 附件',
    ])
      expect(ps).toContain(h);
    expect(ps).toContain('七、一般公共预算财政拨款“三公”经费支出决算表');
    expect(ps).toContain('【请填写：部门职责（补充信息“部门职责”）】');
    // table cells: 公开05表 row 2010301 行政运行 886.56
    const k = ps.indexOf('2010301');
    expect(ps.slice(k, k + 3)).toEqual(['2010301', '行政运行', '886.56']);
    expect(ps).toContain('财政拨款收入：指本级财政当年拨付的资金。');
    expect(ps.some((p) => p.startsWith('项目支出：'))).toBe(false); // no 项目支出 in seed 000
    expect(ps).toContain('自评综合得分93分');
  });
});
