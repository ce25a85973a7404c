import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { lintNarrative } from '../../src/core/lint';
import { DocxReadError, paragraphsFromDocumentXml, readDocxText } from '../../src/io/docx-text';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function docxFromXml(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('docx text', () => {
  test('paragraphs, runs split mid-number, tabs, breaks and entities', () => {
    const xml =
      `<w:document ${W}><w:body>` +
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>一、收入支出决算总体情况说明</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">2021 年度收入 1217.</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>92</w:t></w:r><w:r><w:t>万元&amp;</w:t><w:tab/><w:t>A</w:t><w:br/><w:t>B</w:t></w:r></w:p>' +
      '<w:p/>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>&#x4E00;&lt;表&gt;</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '</w:body></w:document>';
    expect(paragraphsFromDocumentXml(xml)).toEqual([
      '一、收入支出决算总体情况说明',
      '2021 年度收入 1217.92万元&\tA\nB',
      '',
      '一<表>',
    ]);
  });

  test('a Word file written by the docx package reads back and lints like the text', async () => {
    const lines = [
      '一、收入支出决算总体情况说明',
      '2021年度收入90.00万元，与2020年度收入100.00万元相比，减少10.00万元，增减10.00%。',
    ];
    const doc = new Document({
      sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
    });
    const buf = await Packer.toBuffer(doc);
    const text = await readDocxText(buf);
    expect(text).toBe(lines.join('\n'));
    expect(lintNarrative(text).findings.map((f) => [f.rule, f.quote])).toEqual([['direction-word', '增减10.00%']]);
  });

  test('full-width digits in runs are kept for the linter to normalise', async () => {
    const text = await readDocxText(await docxFromXml('<w:p><w:r><w:t>占９８．６８％</w:t></w:r></w:p>'));
    expect(text).toBe('占９８．６８％');
  });

  test('not a zip, or a zip without word/document.xml: a Chinese + English reason', async () => {
    await expect(readDocxText(new TextEncoder().encode('plain text'))).rejects.toThrow(DocxReadError);
    await expect(readDocxText(new TextEncoder().encode('plain text'))).rejects.toThrow(/不是有效的 Word.*not a valid/);
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    await expect(readDocxText(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/word\/document\.xml/);
  });
});
