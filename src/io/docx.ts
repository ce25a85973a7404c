/**
 * Word output (docx package) of the disclosure document built by src/core/document: the whole disclosure
 * (`fullDisclosureDocx`) or 第三部分 alone (`narrativeDocx`). Typography after GB/T 9704-2012 党政机关公文格式:
 * A4, margins 天头 37 mm / 订口 28 mm, text area 156 × 225 mm; title 宋体 (for 小标宋) bold 二号; body 仿宋 三号
 * with a fixed 28-point line and a two-character first-line indent; 一、 headings 黑体, （一） headings 楷体; all text
 * black; page numbers "— 1 —" in the footer. Tables in 宋体 小五 with their header rows repeated on every page.
 * Font names are the ones Windows, WPS and Office for Mac all ship (宋体, 仿宋, 黑体, 楷体); the font table gives their
 * English names and character set for substitution.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import JSZip from 'jszip';
import { buildDocument, narrativeBlocks, placeholderListBlocks, type DocumentOptions } from '../core/document/build';
import type {
  DisclosureDocument,
  DocBlock,
  DocSection,
  Inline,
  PrintedCell,
  PrintedTable,
} from '../core/document/types';
import { gap, plain } from '../core/document/types';
import { partThreeTitle } from '../core/narrative/draft';
import type { Draft } from '../core/narrative/types';
import type { Disclosure } from '../core/model/types';

/** Font families: Chinese faces Windows, WPS and Office for Mac all ship, Times New Roman for digits and Latin. */
export const FONTS = {
  title: '宋体', // GB/T 9704 asks for 小标宋; 宋体 bold is what every machine has
  body: '仿宋',
  heading1: '黑体',
  heading2: '楷体',
  table: '宋体',
  latin: 'Times New Roman',
} as const;

/**
 * Font table entries: each Chinese face with its English name (w:altName), the GB2312 character set and its family,
 * so that a word processor without the face substitutes a Chinese one of the same kind.
 */
const FONT_TABLE: readonly [name: string, alt: string, family: 'roman' | 'modern' | 'script'][] = [
  ['宋体', 'SimSun', 'roman'],
  ['仿宋', 'FangSong', 'modern'],
  ['黑体', 'SimHei', 'modern'],
  ['楷体', 'KaiTi', 'script'],
];

const font = (eastAsia: string) => ({ eastAsia, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin });
const BLACK = '000000';
const SIZE = { title: 44, body: 32, table: 18, tableTitle: 28 }; // half-points: 二号 22 pt, 三号 16 pt, 小五 9 pt, 四号 14 pt
const LINE = 560; // fixed 28 pt line (GB/T 9704: 22 lines of 28 characters on the 225 mm text area)

/** A4 in twips and the GB/T 9704 margins (mm × 56.7). */
const A4 = { short: 11906, long: 16838 };
const MARGIN = { top: 2098, bottom: 1984, inner: 1587, outer: 1474 };
const TEXT_WIDTH = {
  portrait: A4.short - MARGIN.inner - MARGIN.outer,
  landscape: A4.long - MARGIN.top - MARGIN.bottom,
};

function runs(inlines: readonly Inline[], opts: { size?: number; font?: string; bold?: boolean } = {}): TextRun[] {
  return inlines.map(
    (r) =>
      new TextRun({
        text: r.text,
        font: font(opts.font ?? FONTS.body),
        size: opts.size ?? SIZE.body,
        bold: opts.bold,
        color: BLACK,
        highlight: r.gap ? 'yellow' : undefined,
      }),
  );
}

const bodyIndent = { firstLineChars: 200, firstLine: 2 * 320 };

function headingParagraph(level: 1 | 2 | 3, text: string): Paragraph {
  const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1];
  return new Paragraph({
    heading,
    alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: level === 1 ? undefined : bodyIndent,
    spacing: { line: LINE, lineRule: 'exact', before: level === 1 ? 320 : 0, after: level === 1 ? 320 : 0 },
    keepNext: true,
    children: runs([plain(text)], { font: level === 3 ? FONTS.heading2 : FONTS.heading1 }),
  });
}

function cellParagraph(cell: PrintedCell): Paragraph {
  const align =
    cell.align === 'right' ? AlignmentType.RIGHT : cell.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new Paragraph({
    alignment: align,
    indent: cell.indent ? { left: cell.indent * 180 } : undefined,
    spacing: { line: 240, lineRule: 'auto' },
    // The paragraph mark in the table size too, so that an empty cell does not make its row taller.
    run: { size: SIZE.table, font: font(FONTS.table) },
    children: runs([cell.gap ? gap(cell.text) : plain(cell.text)], {
      font: FONTS.table,
      size: SIZE.table,
      bold: cell.bold,
    }),
  });
}

function tableRow(cells: readonly PrintedCell[], header: boolean): TableRow {
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: cells.map(
      (cell) =>
        new TableCell({
          columnSpan: cell.colSpan,
          rowSpan: cell.rowSpan,
          verticalAlign: VerticalAlign.CENTER,
          margins: { left: 60, right: 60, top: 30, bottom: 30 },
          children: [cellParagraph(cell)],
        }),
    ),
  });
}

function small(text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], bold = false): Paragraph {
  return new Paragraph({ alignment, children: runs([plain(text)], { font: FONTS.table, size: SIZE.table, bold }) });
}

/** "公开01表", the centred title, the unit line above the table, the table, its notes. */
function printedTable(t: PrintedTable, width: number, unitName: string | undefined): FileChild[] {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const columnWidths = t.widths.map((w) => Math.floor((w / sum) * width));
  const unitLine = new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    children: runs([plain(unitName ? `编制单位：${unitName}\t${t.unitLine}` : `\t${t.unitLine}`)], {
      font: FONTS.table,
      size: SIZE.table,
    }),
  });
  return [
    small(t.tag, AlignmentType.LEFT),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 120 },
      children: runs([plain(t.title)], { font: FONTS.table, size: SIZE.tableTitle, bold: true }),
    }),
    unitLine,
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: { style: BorderStyle.SINGLE, size: 4, color: BLACK },
        bottom: { style: BorderStyle.SINGLE, size: 4, color: BLACK },
        left: { style: BorderStyle.SINGLE, size: 4, color: BLACK },
        right: { style: BorderStyle.SINGLE, size: 4, color: BLACK },
        insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: BLACK },
        insideVertical: { style: BorderStyle.SINGLE, size: 4, color: BLACK },
      },
      rows: [...t.header.map((r) => tableRow(r, true)), ...t.body.map((r) => tableRow(r, false))],
    }),
    ...t.notes.map(
      (n) => new Paragraph({ spacing: { before: 60 }, children: runs(n, { font: FONTS.table, size: SIZE.table }) }),
    ),
  ];
}

function block(b: DocBlock, width: number, unitName: string | undefined): FileChild[] {
  switch (b.kind) {
    case 'title':
      return b.lines.map(
        (line, i) =>
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: i === 0 ? 4 * LINE : 0, after: i === b.lines.length - 1 ? 4 * LINE : 0, line: 800 },
            children: runs(line, { font: FONTS.title, size: SIZE.title, bold: true }),
          }),
      );
    case 'toc':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: LINE, lineRule: 'exact', after: 320 },
          children: runs([plain(b.title)], { font: FONTS.heading1 }),
        }),
        new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-2' }),
      ];
    case 'heading':
      return [headingParagraph(b.level, b.text)];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: b.indent ? bodyIndent : undefined,
          spacing: { line: LINE, lineRule: 'exact' },
          children: runs(b.runs),
        }),
      ];
    case 'table':
      return printedTable(b.table, width, unitName);
  }
}

const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(FONTS.latin),
            size: 28,
            color: BLACK,
          }),
        ],
      }),
    ],
  });

function section(s: DocSection, first: boolean, unitName: string | undefined): ISectionOptions {
  const width = s.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page: always give the portrait size.
        size: {
          width: A4.short,
          height: A4.long,
          orientation: s.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: s.landscape
          ? { top: MARGIN.inner, bottom: MARGIN.outer, left: MARGIN.top, right: MARGIN.bottom, footer: 794 }
          : { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.inner, right: MARGIN.outer, footer: 1247 },
        // Numbering starts at 1 on the first numbered page (after the cover and 目录).
        pageNumbers: s.pageNumbers && first ? { start: 1 } : undefined,
      },
    },
    footers: s.pageNumbers ? { default: pageFooter() } : undefined,
    children: s.blocks.flatMap((b) => block(b, width, unitName)),
  };
}

const headingStyle = (eastAsia: string, centred: boolean) => ({
  run: { font: font(eastAsia), size: SIZE.body, bold: false, italics: false, color: BLACK },
  paragraph: {
    spacing: { line: LINE, lineRule: 'exact' as const },
    alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
  },
});

/** The document as .docx bytes; Packer.pack('uint8array') works in Node and in the browser. */
export async function renderDocx(doc: DisclosureDocument, unitName?: string): Promise<Uint8Array> {
  let numbered = false;
  const sections = doc.sections.map((s) => {
    const first = s.pageNumbers && !numbered;
    if (s.pageNumbers) numbered = true;
    return section(s, first, unitName);
  });
  const file = new Document({
    title: doc.title,
    creator: '决算公开助手',
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: font(FONTS.body), size: SIZE.body, color: BLACK } },
        heading1: headingStyle(FONTS.heading1, true),
        heading2: headingStyle(FONTS.heading1, false),
        heading3: headingStyle(FONTS.heading2, false),
      },
    },
    sections,
  });
  return withFontAlternatives(await Packer.pack(file, 'uint8array'));
}

/** Writes the Chinese faces into the font table (the docx package leaves it empty). */
async function withFontAlternatives(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/fontTable.xml');
  if (!part) return bytes;
  const xml = await part.async('string');
  const entries = FONT_TABLE.map(
    ([name, alt, family]) =>
      `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`,
  ).join('');
  const withFonts = /<w:fonts\b[^>]*\/>/.test(xml)
    ? xml.replace(/<w:fonts\b([^>]*)\/>/, `<w:fonts$1>${entries}</w:fonts>`)
    : xml.replace('</w:fonts>', `${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', withFonts);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export type FullDocxOptions = DocumentOptions;

/** The whole disclosure, 第一部分 to 第四部分 (第五部分 where there is one), as published. */
export async function fullDisclosureDocx(d: Disclosure, draft: Draft, opts: FullDocxOptions = {}): Promise<Uint8Array> {
  return renderDocx(buildDocument(d, draft, opts), draft.unitName);
}

/** 第三部分 情况说明 alone (the list of gaps only when asked for). */
export async function narrativeDocx(draft: Draft, opts: { placeholderList?: boolean } = {}): Promise<Uint8Array> {
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: partThreeTitle(draft) },
    ...narrativeBlocks(draft.paragraphs),
  ];
  if (opts.placeholderList) blocks.push(...placeholderListBlocks(draft));
  return renderDocx(
    { title: partThreeTitle(draft), sections: [{ landscape: false, pageNumbers: true, blocks }] },
    draft.unitName,
  );
}
