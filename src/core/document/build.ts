/**
 * buildDocument: the whole 部门决算公开 document of a profile, in the order it is published — cover title, 目录,
 * 第一部分 概况 (from 补充信息 or visible gaps), 第二部分 the nine tables as printed, 第三部分 情况说明 (the draft),
 * 第四部分 名词解释, 第五部分 附件 (hunan seeds always have one; Shanghai only when given). Sources of the structure:
 * the seeds' 目录 (hunan-2021) and the Shanghai 2024 template's 目录 and 第一部分.
 * The list of what is left to fill is added only on request, as a plain list without keys.
 */
import { glossary, glossaryLines } from '../narrative/glossary';
import { partThreeTitle } from '../narrative/draft';
import { sectionLabel } from '../narrative/render-text';
import { isPlaceholder, type Draft, type Paragraph } from '../narrative/types';
import type { Disclosure } from '../model/types';
import { TABLE_IDS } from '../model/types';
import { PROFILES, chineseNumeral } from '../profiles/profiles';
import { missingTable, printedTable } from './printed-tables';
import { blockText, gap, plain, type DisclosureDocument, type DocBlock, type DocSection, type Inline } from './types';

export interface DocumentOptions {
  /** 第五部分 附件 text (paragraphs separated by line breaks). */
  readonly attachment?: string;
  /** Append the list of placeholders still to fill (plain words, one a line). */
  readonly placeholderList?: boolean;
}

const para = (runs: Inline[], indent = true): DocBlock => ({ kind: 'paragraph', runs, indent });
const h = (level: 1 | 2 | 3, text: string): DocBlock => ({ kind: 'heading', level, text });

function textBlocks(text: string | undefined, missing: string): DocBlock[] {
  const lines = (text ?? '')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines.map((l) => para([plain(l)])) : [para([gap(missing)])];
}

/** 第三部分 paragraphs: 一、 headings are level 2 (in the 目录), （一） level 3; placeholders stay visible gaps. */
export function narrativeBlocks(paragraphs: readonly Paragraph[]): DocBlock[] {
  return paragraphs.map((p) => {
    const text = (p.number ?? '') + p.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
    if (p.role === 'heading') return h(2, text);
    if (p.role === 'subheading') return h(3, text);
    const runs: Inline[] = p.number ? [plain(p.number)] : [];
    for (const r of p.runs)
      runs.push(typeof r === 'string' ? plain(r) : isPlaceholder(r) ? gap(r.text) : plain(r.text));
    return para(runs);
  });
}

/** "1、一、收入支出决算总体情况说明：上年收入支出总计" — what is left to fill, in words. */
export function placeholderListBlocks(draft: Draft): DocBlock[] {
  const out: DocBlock[] = [h(1, '待填写事项')];
  if (draft.placeholders.length === 0) return [...out, para([plain('无待填写事项。')])];
  draft.placeholders.forEach((p, i) =>
    out.push(para([plain(`${i + 1}、${sectionLabel(draft, p.section)}：`), gap(p.label)])),
  );
  return out;
}

export function buildDocument(d: Disclosure, draft: Draft, opts: DocumentOptions = {}): DisclosureDocument {
  const sh = draft.profile === 'shanghai-2024';
  const profile = PROFILES[draft.profile];
  const year = draft.year ? `${draft.year}年度` : '';
  const unit: Inline = draft.unitName ? plain(draft.unitName) : gap('【请填写：单位名称】');
  const unitText = draft.unitName ?? '';
  const e = d.supplementary?.entries ?? {};

  // Cover: Shanghai "上海市XX局 / 2024年度部门决算"; hunan seeds "2021年度 / XX部门决算".
  const cover: DocBlock = {
    kind: 'title',
    lines: sh ? [[unit], [plain(`${year}部门决算`)]] : [[plain(year)], [unit, plain('部门决算')]],
  };
  // The cover and the 目录 each on their own pages, without page numbers.
  const front: DocSection[] = [
    { landscape: false, pageNumbers: false, blocks: [cover] },
    { landscape: false, pageNumbers: false, blocks: [{ kind: 'toc', title: '目录' }] },
  ];

  const partOne: DocBlock[] = sh
    ? [
        h(1, `第一部分 ${unitText}概况`),
        h(2, '一、主要职能'),
        ...textBlocks(e['unit.functions']?.text, '【请填写：主要职能（补充信息“部门职责”）】'),
        h(2, '二、部门决算单位构成'),
        ...textBlocks(e['unit.structure']?.text, '【请填写：部门决算单位构成（补充信息“机构设置及决算单位构成”）】'),
      ]
    : [
        h(1, `第一部分 ${unitText}单位概况`),
        h(2, '一、部门职责'),
        ...textBlocks(e['unit.functions']?.text, '【请填写：部门职责（补充信息“部门职责”）】'),
        h(2, '二、机构设置'),
        ...textBlocks(e['unit.structure']?.text, '【请填写：机构设置（补充信息“机构设置及决算单位构成”）】'),
      ];

  // 第二部分: each table under its 目录 heading, in its own orientation.
  const tableSections: DocSection[] = [];
  TABLE_IDS.forEach((id, i) => {
    const title = profile.tableTitles[id];
    const ctx = {
      profile: draft.profile,
      unitName: draft.unitName,
      tag: `公开${String(i + 1).padStart(2, '0')}表`,
      title,
    };
    const t = d.tables[id];
    const table = t ? printedTable(ctx, t) : missingTable(ctx);
    const blocks: DocBlock[] = [h(2, `${chineseNumeral(i + 1)}、${title}`), { kind: 'table', table }];
    if (i === 0) blocks.unshift(h(1, sh ? `第二部分 ${unitText}${year}部门决算表` : `第二部分 ${year}部门决算表`));
    tableSections.push({ landscape: table.landscape, pageNumbers: true, blocks });
  });

  const rest: DocBlock[] = [
    h(1, partThreeTitle(draft)),
    ...narrativeBlocks(draft.paragraphs),
    h(1, '第四部分 名词解释'),
    ...glossaryLines(glossary(d, draft.profile), draft.profile, chineseNumeral).map((l) => para([plain(l)])),
  ];
  if (opts.attachment?.trim() || !sh)
    rest.push(h(1, '第五部分 附件'), ...textBlocks(opts.attachment, '【请附：部门整体支出绩效评价报告等附件】'));
  if (opts.placeholderList) rest.push(...placeholderListBlocks(draft));

  return {
    title: `${unitText}${year}部门决算`,
    sections: [
      ...front,
      { landscape: false, pageNumbers: true, blocks: partOne },
      ...tableSections,
      { landscape: false, pageNumbers: true, blocks: rest },
    ],
  };
}

/** Every line of the document as a reader sees it (tests, text output). */
export function documentLines(doc: DisclosureDocument): string[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap(blockText));
}
