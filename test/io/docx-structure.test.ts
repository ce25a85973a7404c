/**
 * The whole disclosure .docx of each sample workbook in both profiles, read back as WordprocessingML: parts in
 * order, no internal key anywhere, GB/T 9704 typography (fonts, black text, A4 margins, first-line indent), an
 * updatable TOC field, a PAGE field in the footer, and the nine tables as printed — “公开NN表”, title and
 * “金额单位：万元” above each, header rows repeated, 公开01/04表 paired 收入 | 支出, 公开07表 with its two-level header,
 * amounts equal to the workbook's.
 */
import { join } from 'path';
import { analyseGrid } from '../../src/core/engine';
import type { Disclosure, ProfileId, TableModel } from '../../src/core/model/types';
import { draftNarrative } from '../../src/core/narrative/draft';
import { fullDisclosureDocx } from '../../src/io/docx';
import { readGridFromFile } from '../../src/io/xlsx';
import { bodyItems, docxParts, textOf, type BodyItem, type DocxParts } from './docx-xml';

const SAMPLES = ['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'];
const PROFILES: ProfileId[] = ['hunan-2021', 'shanghai-2024'];

interface Built {
  d: Disclosure;
  parts: DocxParts;
  items: BodyItem[];
}

const cache = new Map<string, Promise<Built>>();
function build(file: string, profile: ProfileId): Promise<Built> {
  const key = `${file}|${profile}`;
  if (!cache.has(key))
    cache.set(
      key,
      (async () => {
        const d = analyseGrid(await readGridFromFile(join(__dirname, '../../samples', file))).disclosure;
        const parts = await docxParts(await fullDisclosureDocx(d, draftNarrative(d, { profile })));
        return { d, parts, items: bodyItems(parts.document) };
      })(),
    );
  return cache.get(key)!;
}

const amount = (t: TableModel | undefined, k: string) => {
  const f = t?.items[k];
  return f && f.state === 'number' ? f.value.toFixed(2) : '';
};

const tables = (items: BodyItem[]) =>
  items.flatMap((it, i) => (it.kind === 'tbl' ? [{ tbl: it, before: items.slice(Math.max(0, i - 3), i) }] : []));

describe.each(SAMPLES)('%s', (file) => {
  describe.each(PROFILES)('%s', (profile) => {
    test('parts in order, no internal key, no table of keys', async () => {
      const { parts, items } = await build(file, profile);
      const all = textOf(parts.document);
      expect(all).not.toMatch(/[a-z]+\.[a-zA-Z]+/); // expense.total.total, prior.grand, unit.functions …
      expect(all).not.toContain('补充信息键');
      expect(all).not.toContain('待填写事项');
      const headings = items
        .filter((it) => it.kind === 'p' && /<w:pStyle w:val="Heading1"\/>/.test(it.xml))
        .map((it) => (it.kind === 'p' ? it.text : ''));
      const order = [
        '第一部分',
        '第二部分',
        '第三部分',
        '第四部分 名词解释',
        ...(profile === 'hunan-2021' ? ['第五部分'] : []),
      ];
      expect(headings.map((h) => order.find((o) => h.startsWith(o)))).toEqual(order);
    });

    test('typography: fonts, black text, A4 with GB/T 9704 margins, indent, highlighted gaps', async () => {
      const { parts, items } = await build(file, profile);
      const doc = parts.document;
      const eastAsia = new Set([...doc.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]));
      expect([...eastAsia].sort()).toEqual(['仿宋', '宋体', '楷体', '黑体'].sort());
      for (const xml of [doc, ...parts.footers])
        expect(new Set([...xml.matchAll(/<w:color w:val="([^"]+)"\/>/g)].map((m) => m[1]))).toEqual(
          new Set(['000000']),
        );
      for (const id of ['Heading1', 'Heading2', 'Heading3']) {
        const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(parts.styles)![0];
        expect(style).toContain('<w:color w:val="000000"/>');
        expect(style).toContain(id === 'Heading3' ? 'w:eastAsia="楷体"' : 'w:eastAsia="黑体"');
      }
      expect(parts.fontTable).toMatch(/<w:font w:name="仿宋"><w:altName w:val="FangSong"\/><w:charset w:val="86"\/>/);
      expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
      expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
      // 第三部分 body: 仿宋 三号, first line indented two characters.
      const start = items.findIndex(
        (it) => it.kind === 'p' && /w:val="Heading1"/.test(it.xml) && it.text.startsWith('第三部分'),
      );
      const body = items.slice(start + 1).find((it) => it.kind === 'p' && it.text && !/pStyle/.test(it.xml))!;
      expect(body.xml).toMatch(/w:firstLineChars="200"/);
      expect(body.xml).toMatch(/w:eastAsia="仿宋"[^>]*\/>[\s\S]*?<w:sz w:val="32"\/>/);
      // Every gap 【…】 is highlighted.
      for (const r of doc.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [])
        if (/<w:t[^>]*>【/.test(r)) expect(r).toContain('<w:highlight w:val="yellow"/>');
    });

    test('目录 is an updatable TOC field and every numbered page has a PAGE field “— n —”', async () => {
      const { parts } = await build(file, profile);
      expect(parts.document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
      expect(parts.settings).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
      expect(parts.footers.length).toBeGreaterThan(0);
      for (const f of parts.footers) {
        expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
        expect(textOf(f)).toMatch(/^— .*—$/);
      }
      // The cover and 目录 carry no page number; numbering starts at 1 after them.
      const sectPrs = parts.document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!;
      expect(sectPrs[0]).not.toContain('footerReference');
      expect(sectPrs[1]).not.toContain('footerReference');
      expect(sectPrs[2]).toMatch(/<w:pgNumType w:start="1"/);
    });

    test('nine tables, each with “公开NN表”, its title and the unit line above, header rows repeated', async () => {
      const { items } = await build(file, profile);
      const ts = tables(items);
      expect(ts).toHaveLength(9);
      ts.forEach(({ tbl, before }, i) => {
        const texts = before.map((b) => (b.kind === 'p' ? b.text : ''));
        expect(texts[0]).toBe(`公开0${i + 1}表`);
        expect(texts[2]).toMatch(/金额单位：万元$/);
        if (tbl.kind === 'tbl') expect(tbl.rows[0].xml).toContain('<w:tblHeader/>');
      });
    });

    test('公开01表 and 公开04表 paired 收入 | 支出, amounts as in the workbook', async () => {
      const { d, items } = await build(file, profile);
      const [t01, , , t04] = tables(items).map((t) => (t.tbl.kind === 'tbl' ? t.tbl.rows : []));
      expect(t01[0].cells.map((c) => [c.text, c.span])).toEqual([
        ['收入', 2],
        ['支出', 2],
      ]);
      const first = t01[2].cells.map((c) => c.text);
      expect(first[0]).toBe('一、一般公共预算财政拨款收入');
      expect(first[1]).toBe(amount(d.tables.T01, 'income.fiscalGeneral'));
      const firstClass = d.tables.T01!.rows.find((r) => r.values.amount && !r.values.amount.value.isZero())!;
      expect(first[2]).toBe(firstClass.name);
      expect(first[3]).toBe(firstClass.values.amount.value.toFixed(2));
      const total = t01.find((r) => r.cells[0].text === '总计')!.cells.map((c) => c.text);
      expect(total).toEqual([
        '总计',
        amount(d.tables.T01, 'income.grand'),
        '总计',
        amount(d.tables.T01, 'expense.grand'),
      ]);

      expect(t04[0].cells.map((c) => [c.text, c.span])).toEqual([
        ['收入', 2],
        ['支出', 5],
      ]);
      expect(t04[1].cells.map((c) => c.text)).toEqual([
        '项目',
        '决算数',
        '项目',
        '合计',
        '一般公共预算财政拨款',
        '政府性基金预算财政拨款',
        '国有资本经营预算财政拨款',
      ]);
      const r = t04[2].cells.map((c) => c.text);
      expect(r[0]).toBe('一、一般公共预算财政拨款');
      expect(r[1]).toBe(amount(d.tables.T04, 'income.general'));
      expect(r).toHaveLength(7);
    });

    test('公开07表: two-level header, 预算数/决算数 pairs, one row of the workbook’s amounts', async () => {
      const { d, items } = await build(file, profile);
      const rows = tables(items)[6].tbl;
      if (rows.kind !== 'tbl') throw new Error('not a table');
      expect(rows.rows[0].cells.map((c) => c.text)).toEqual([
        '合计',
        '因公出国（境）费',
        '公务用车购置及运行维护费',
        '公务接待费',
      ]);
      expect(rows.rows[1].cells.map((c) => c.text)).toEqual(['小计', '公务用车购置费', '公务用车运行维护费']);
      expect(rows.rows[2].cells.map((c) => c.text)).toEqual(Array(6).fill(['预算数', '决算数']).flat());
      const t07 = d.tables.T07!;
      const parts = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];
      expect(rows.rows[3].cells.map((c) => c.text)).toEqual(
        parts.flatMap((p) => [amount(t07, `budget.${p}`), amount(t07, `actual.${p}`)]),
      );
    });

    test('科目 tables: code and name columns, blank 科目 rows left out, every printed amount is the workbook’s', async () => {
      const { d, items } = await build(file, profile);
      const t05 = tables(items)[4].tbl;
      if (t05.kind !== 'tbl') throw new Error('not a table');
      const model = d.tables.T05!;
      const printed = t05.rows.slice(2).filter((r) => /^\d{3,7}$/.test(r.cells[0].text));
      const withAmounts = model.rows.filter((r) => Object.values(r.values).some((f) => !f.value.isZero()));
      expect(printed.map((r) => r.cells[0].text)).toEqual(withAmounts.map((r) => r.code));
      printed.forEach((r, i) =>
        expect(r.cells[2].text).toBe(
          withAmounts[i].values.total.state === 'number' ? withAmounts[i].values.total.value.toFixed(2) : '',
        ),
      );
    });
  });
});
